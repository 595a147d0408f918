/*
 * Bagan Sistem Kerja — host-side helper for embeds (protocol version 1).
 * Copy this file to your own site (so your Content-Security-Policy can allow it as 'self'),
 * load it once, and give each embed iframe the attribute data-bagan-sistem-kerja.
 * It resizes each frame to the height the embed reports, accepting a message only when it comes
 * from that very frame (event.source), since a sandboxed frame's origin is opaque ("null").
 */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var m = event.data;
    if (!m || m.source !== 'bagan-sistem-kerja' || m.version !== 1) return;
    var frames = document.querySelectorAll('iframe[data-bagan-sistem-kerja]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.contentWindow) continue;
      if (m.type === 'resize' && typeof m.height === 'number' && m.height > 0 && m.height < 20000) {
        frame.style.height = Math.ceil(m.height) + 'px';
      }
      frame.dispatchEvent(new CustomEvent('bagan-sistem-kerja', { detail: m }));
    }
  });
})();
