/*
 * Bagan Sistem Kerja — host-side helper for embeds (protocol version 1, revision 2).
 * Copy this file to your own site (so your Content-Security-Policy can allow it as 'self'),
 * load it once, and give each embed iframe the attribute data-bagan-sistem-kerja; any number of
 * embeds on one page work.
 * A CSP without 'unsafe-inline' in style-src drops the iframe's style attribute, so this helper
 * sets each frame's width, border and first height from script (data-tinggi="<px>" chooses the
 * first height; 640 if absent). It then sizes each frame to the height its embed reports, larger
 * or smaller, accepting a message only from that very frame (event.source), since a sandboxed
 * frame's origin is opaque ("null"). Every message is also dispatched on the frame as the event
 * "bagan-sistem-kerja" (event.detail: the message, with lang, region, unit, flow and step).
 */
(function () {
  'use strict';
  var SELECTOR = 'iframe[data-bagan-sistem-kerja]';

  function prepare(frame) {
    if (frame.dataset.baganSiap) return;
    frame.dataset.baganSiap = '1';
    var first = Number(frame.getAttribute('data-tinggi'));
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.maxWidth = '100%';
    frame.style.border = '0';
    if (!frame.style.height) frame.style.height = (first > 0 && first < 20000 ? first : 640) + 'px';
  }

  function prepareAll() {
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) prepare(frames[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepareAll);
  else prepareAll();

  window.addEventListener('message', function (event) {
    var m = event.data;
    if (!m || m.source !== 'bagan-sistem-kerja' || m.version !== 1) return;
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.contentWindow) continue;
      prepare(frame);
      if (m.type === 'resize' && typeof m.height === 'number' && m.height > 0 && m.height < 20000) {
        frame.style.height = Math.ceil(m.height) + 'px';
      }
      frame.dispatchEvent(new CustomEvent('bagan-sistem-kerja', { detail: m }));
    }
  });
})();
