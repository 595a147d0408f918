/**
 * What an embed shows when its code cannot be loaded: what happened, "Coba lagi", and a link to the
 * page in the app (in a new tab: a link inside the frame would open the app in the frame). No
 * imports: this runs from the entry file alone. Its words are the catalogue's (test/unit checks).
 */
export const LOAD_FAILURE = {
  id: {
    title: 'Bagian aplikasi ini tidak dapat dimuat',
    body: 'Periksa sambungan internet Anda, lalu coba lagi. ({reason})',
    retry: 'Coba lagi',
    open: 'Buka di Bagan Sistem Kerja',
  },
  en: {
    title: 'This part of the app could not be loaded',
    body: 'Check your internet connection, then try again. ({reason})',
    retry: 'Try again',
    open: 'Open in Bagan Sistem Kerja',
  },
} as const;

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Puts the notice at the top of the prerendered embed (which stays readable). "Coba lagi" takes it
 * away and loads the code again; if that fails too, it comes back with the new reason.
 */
export function showLoadFailure(error: unknown, retry: () => Promise<void>): void {
  const words = LOAD_FAILURE[new URLSearchParams(location.search).get('bahasa') === 'en' ? 'en' : 'id'];
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] => {
    const element = document.createElement(tag);
    element.textContent = text;
    return element;
  };
  const notice = make('div');
  notice.className = 'error-panel embed-failure';
  notice.setAttribute('role', 'alert');
  const title = make('p');
  title.append(make('strong', words.title));
  const body = make('p', words.body.replace('{reason}', reasonOf(error)));
  const button = make('button', words.retry);
  button.type = 'button';
  // The prerendered page links to itself in the app; without one, the app's home page.
  const link = make('a', words.open);
  link.href = document.querySelector<HTMLAnchorElement>('.embed-source a')?.href ?? document.baseURI;
  link.target = '_blank';
  link.rel = 'noopener';
  const actions = make('p');
  actions.append(button, ' ', link);
  notice.append(title, body, actions);
  // Inside the page's landmark when there is one (the prerendered embed's <main>).
  const place = () => {
    const main = document.querySelector('main');
    if (main) main.prepend(notice);
    else document.getElementById('app')?.before(notice);
  };
  button.addEventListener('click', () => {
    // Out of the page before the code takes the prerendered page over (it must find it as built).
    notice.remove();
    retry().catch((again: unknown) => {
      body.textContent = words.body.replace('{reason}', reasonOf(again));
      place();
      button.focus();
    });
  });
  place();
}
