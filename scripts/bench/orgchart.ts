/**
 * Peer harness for `npm run bench`: the same unit type drawn by d3-org-chart (tree only: each
 * position under its placement parent). Reports the time to first paint like the app does.
 */
import { OrgChart } from 'd3-org-chart';
import { placement } from '../../src/model/hierarchy';
import type { RegionData } from '../../src/data/schema';

const params = new URLSearchParams(location.search);
const region = params.get('region') ?? '';
const unitId = params.get('unit') ?? '';

async function run() {
  const data = (await (await fetch(`/data/${region}.json`)).json()) as RegionData;
  const unit = data.unitTypes.find((u) => u.id === unitId) ?? data.unitTypes[0]!;
  const parent = placement(unit);
  const rows = unit.positions.map((p) => ({
    id: p.id,
    parentId: parent.get(p.id) ?? '',
    name: p.name,
    category: p.category,
  }));
  const chart = new OrgChart();
  chart
    .container('#chart')
    .data(rows)
    .nodeWidth(() => 236)
    .nodeHeight(() => 70)
    .nodeContent(
      (d: { data: { name: string; category: string } }) =>
        `<div class="n"><b>${d.data.name}</b><br>${d.data.category}</div>`,
    )
    .render();
  requestAnimationFrame(() => {
    const boxes = document.querySelectorAll('#chart .node').length;
    (window as unknown as { benchResult: unknown }).benchResult = { paint: performance.now(), boxes };
  });
}
void run();
