/**
 * Region names in a query act as a filter: "Camat Surakarta", "UPTD Semarang evaluasi",
 * "dinkes kaltim". The rule is the model's (src/model/offices/regionWords.ts), shared with the
 * office finder.
 */
export { nameRegions as splitRegions } from '../model/offices/regionWords';
