/** The model's vocabulary: the validated data's types, named for the domain. */
import type { RegionData } from '../data/schema';

export type Region = RegionData;
export type UnitType = Region['unitTypes'][number];
export type Position = UnitType['positions'][number];
export type Relation = UnitType['relations'][number];
export type RelationKind = Relation['kind'];
export type Role = NonNullable<Position['roles']>[number]['role'];
export type Citation = Position['cite'];
export type Flow = Region['flows'][number];
export type FlowStep = Flow['steps'][number];
export type Participant = Flow['participants'][number];
export type Stage = NonNullable<FlowStep['stage']>;
export type Rule = Region['rules'][number];
export type Form = Region['forms'][number];
export type Note = Region['notes'][number];
