/**
 * Questions an official asks of a unit type, answered from the data with the citation that
 * says so. Pure functions: no DOM, no framework.
 */
export {
  appraisersOf,
  assignersOf,
  coordinatorsOf,
  placedUnder,
  recommendationsAt,
  reportsTo,
  superiors,
  unitLeadersOf,
  upwards,
  type Answer,
  type AnswerBasis,
  type Recommendation,
  type StepRef,
} from './queries/answers';
export {
  flowsForUnit,
  participant,
  resolveParticipant,
  stepIndex,
  stepsByStage,
  type StageGroup,
} from './queries/flows';
export {
  position,
  relationsFrom,
  relationsTo,
  rolesOf,
  ruleAppliesTo,
  unitLabels,
  unitType,
} from './queries/units';
