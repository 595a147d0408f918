/**
 * The shape of a flow as a graph, read once from the data: which step follows which, which steps
 * the first step reaches and which can still reach the end. The validator, the machine generator,
 * the player and the step texts all ask here, so the next-step rule is written once.
 *
 * Every walk is linear in steps + transitions (a 20,000-step file is checked in milliseconds).
 */

/** The final state of every flow; no step may take this id. */
export const END = 'selesai';

/** What the graph needs of a step (the data's `FlowStep`, or a schema-valid one). */
interface StepShape {
  id: string;
  next?: string | undefined;
  decision?: { branches: readonly { next: string }[] } | undefined;
}

/**
 * The step after the step at `index` when no decision is taken: its own `next`, else the
 * following step in the text's order, else the end.
 */
export function nextStep(steps: readonly StepShape[], index: number): string {
  return steps[index]?.next ?? steps[index + 1]?.id ?? END;
}

/** Successor ids of each step (END included): a decision's branch targets, or its next step. */
export function successors(steps: readonly StepShape[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  steps.forEach((step, i) =>
    out.set(step.id, step.decision ? step.decision.branches.map((b) => b.next) : [nextStep(steps, i)]),
  );
  return out;
}

type Graph = ReadonlyMap<string, readonly string[]>;

/** Every node reachable from `start` (itself included), breadth first. */
export function reachableFrom(graph: Graph, start: string): Set<string> {
  const reached = new Set<string>([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const to of graph.get(queue[head]!) ?? []) {
      if (!reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  return reached;
}

/**
 * The nodes from which some path reaches END: one walk backwards from END over the reversed
 * edges. END itself is not in the result.
 */
export function canReachEnd(graph: Graph): Set<string> {
  const into = new Map<string, string[]>();
  for (const [from, tos] of graph) {
    for (const to of tos) {
      const list = into.get(to);
      if (list) list.push(from);
      else into.set(to, [from]);
    }
  }
  const reached = reachableFrom(into, END);
  reached.delete(END);
  return reached;
}

/** A flow's graph, built once: positions, successors, what the first step reaches, what can end. */
export interface FlowGraph {
  /** Step id -> its index in the text's order. */
  index: ReadonlyMap<string, number>;
  successors: ReadonlyMap<string, readonly string[]>;
  /** Steps (and END) reachable from the first step. */
  reachable: ReadonlySet<string>;
  /** Steps from which the end can be reached. */
  canEnd: ReadonlySet<string>;
}

export function flowGraph(steps: readonly StepShape[]): FlowGraph {
  const next = successors(steps);
  const first = steps[0]?.id;
  return {
    index: new Map(steps.map((s, i) => [s.id, i])),
    successors: next,
    reachable: first === undefined ? new Set() : reachableFrom(next, first),
    canEnd: canReachEnd(next),
  };
}

/** The stable id of a relation: its own id, or kind:from->to. */
export function relationKey(rel: {
  id?: string | undefined;
  kind: string;
  from: string;
  to: string;
}): string {
  return rel.id ?? `${rel.kind}:${rel.from}->${rel.to}`;
}
