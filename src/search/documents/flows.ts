/**
 * The search documents of one flow: the flow itself (its kind, scope and variants, the unit types
 * it runs through) and each of its steps, with the route that opens the flow on that step.
 */
import { terms } from '../../i18n/messages';
import type { Flow, Region } from '../../model/types';
import type { SearchDoc } from '../documents';
import { pathToStep } from '../stepPath';

const id = terms.id;
const en = terms.en;

/** The flow's document, then one per step (with the step's id, for the notes about it). */
export function flowDocs(region: Region, flow: Flow): SearchDoc[] {
  const unitNames = flow.unitTypes
    .map((u) => region.unitTypes.find((x) => x.id === u)?.name)
    .filter((n): n is string => n !== undefined);
  const out: SearchDoc[] = [
    {
      kind: 'flow',
      label: flow.name,
      detail: [id.flowKind[flow.kind], flow.scope ? id.scope[flow.scope] : ''].filter(Boolean).join(' · '),
      keywords: [
        en.flowKind[flow.kind],
        flow.scope ? `${id.scope[flow.scope]} ${en.scope[flow.scope]}` : '',
        ...(flow.variants ?? []).map((v) => `${id.variant[v]} ${en.variant[v]}`),
      ].join(' '),
      context: unitNames.join(' · '),
      route: { name: 'flow', region: region.id, flow: flow.id },
      lines: flow.cite.lines,
    },
  ];
  flow.steps.forEach((step, index) => {
    const actor = flow.participants.find((p) => p.id === step.actor)?.name ?? step.actor;
    const recipients = (step.recipients ?? [])
      .map((r) => flow.participants.find((p) => p.id === r)?.name ?? r)
      .join(', ');
    const path = pathToStep(flow, step.id);
    out.push({
      kind: 'step',
      label: `${index + 1}. ${actor} ${step.plain?.id ?? step.action}`,
      detail: step.cite.locator,
      text: [step.plain ? step.action : '', step.document ?? '', recipients ? `kepada ${recipients}` : '']
        .filter(Boolean)
        .join(' · '),
      keywords: [
        step.stage ? `${id.stage[step.stage]} ${en.stage[step.stage]}` : '',
        step.variant ? `${id.variant[step.variant]} ${en.variant[step.variant]}` : '',
        step.plain?.en ?? '',
      ].join(' '),
      context: flow.name,
      stepId: `${flow.id}/${step.id}`,
      route: {
        name: 'flow',
        region: region.id,
        flow: flow.id,
        ...(path?.variant ? { variant: path.variant } : {}),
        ...(path && path.events.length > 0 ? { path: path.events } : {}),
      },
      lines: step.cite.lines,
    });
  });
  return out;
}
