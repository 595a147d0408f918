/**
 * A unit type of the region data format: its positions (with the roles they claim) and the
 * relations between them.
 */
import * as v from 'valibot';
import { CATEGORIES, COORDINATION_ROLES, JENJANG, RELATION_KINDS, ROLES } from './kinds';
import { Basis, Citation, Id, Text } from './primitives';

export const RoleClaim = v.strictObject({
  role: v.picklist(ROLES),
  basis: v.optional(Basis),
  cite: Citation,
});

export const Position = v.strictObject({
  id: Id,
  /** The jabatan as the text names it. */
  name: Text,
  category: v.picklist(CATEGORIES),
  /** For jf (and for a kelompok, the jenjang of its members). */
  jenjang: v.optional(v.array(v.picklist(JENJANG))),
  /** "Pejabat level I/II/III" where the text numbers it. */
  level: v.optional(v.picklist([1, 2, 3])),
  /** Id of the kelompok position this one belongs to (drawn inside the group node). */
  group: v.optional(Id),
  roles: v.optional(v.array(RoleClaim)),
  cite: Citation,
});

export const Relation = v.strictObject({
  id: v.optional(Id),
  kind: v.picklist(RELATION_KINDS),
  from: Id,
  to: Id,
  /** Only for koordinasi: the role in which `from` coordinates. */
  as: v.optional(v.picklist(COORDINATION_ROLES)),
  /** A condition the text attaches ("dalam hal tidak ada Pejabat Pengawas"). */
  condition: v.optional(Text),
  basis: v.optional(Basis),
  cite: Citation,
});

export const UnitType = v.strictObject({
  id: Id,
  /** The unit type as the text names it. */
  name: Text,
  /** The text's grouping heading ("Unit Organisasi yang dipimpin oleh Pejabat Administrator"). */
  group: v.optional(Text),
  /**
   * Structural levels including the head; [2, 3] where the text says "2 level dan 3 level". 4 for
   * a chain of four structural tiers (a provincial Sekretariat Daerah: Sekretaris Daerah, Asisten,
   * Kepala Biro, Kepala Bagian).
   */
  levels: v.pipe(v.array(v.picklist([1, 2, 3, 4])), v.minLength(1)),
  /** Position id of the head of the unit. */
  head: Id,
  description: v.optional(Text),
  /** Ids this unit type had before (old deep links land here). */
  formerIds: v.optional(v.array(Id)),
  /**
   * The text's own criterion for this type ("Perangkat Daerah Tipe 1 adalah perangkat daerah yang
   * ..."): asked of an official whose office could be of several types.
   */
  criterion: v.optional(v.strictObject({ text: Text, cite: Citation })),
  /** The perangkat daerah / units that use this type, where the text lists them. */
  perangkatDaerah: v.optional(
    v.strictObject({
      names: v.pipe(v.array(Text), v.minLength(1)),
      cite: Citation,
    }),
  ),
  positions: v.pipe(v.array(Position), v.minLength(1)),
  relations: v.array(Relation),
  cite: Citation,
});
