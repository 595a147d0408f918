/** The d3 modules of pan and zoom, in their own chunk: loaded after the chart is on screen. */
export { select } from 'd3-selection';
export { zoom, zoomIdentity } from 'd3-zoom';
import 'd3-transition';
