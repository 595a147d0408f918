/**
 * A long list built a slice per task, so the page answers between slices instead of freezing
 * while thousands of rows or boxes are built (audit F2, F3). Lists of up to `slice` items — every
 * bundled chart and flow — are whole at once, on the server too. Create during a component's
 * initialisation (it owns an effect); `count` is how many items to build now.
 */
export class Slices {
  count = $state(0);

  constructor(total: () => number, slice = 100) {
    this.count = slice;
    $effect(() => {
      const all = total();
      this.count = slice;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const more = () => {
        this.count = Math.min(all, this.count + slice);
        if (this.count < all) timer = setTimeout(more, 0);
      };
      if (all > slice) timer = setTimeout(more, 0);
      return () => clearTimeout(timer);
    });
  }
}
