// Minimal types for the peer used only by the bench harness.
declare module 'd3-org-chart' {
  export class OrgChart {
    container(selector: string): this;
    data(rows: unknown[]): this;
    nodeWidth(fn: () => number): this;
    nodeHeight(fn: () => number): this;
    nodeContent(fn: (d: { data: { name: string; category: string } }) => string): this;
    render(): this;
  }
}
