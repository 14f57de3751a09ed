// Tells the server that the officer is at the screen (keys, pointer, wheel), at most once per `every` ms.
// The board's poll, push and heartbeats are not activity; only this is (see IdleLock, ADR 006).
(function () {
  var started = false;
  window.loketIdle = function (ui, every) {
    if (started) {
      return;
    }
    started = true;
    var last = 0;
    var ping = function () {
      var now = Date.now();
      if (now - last >= every) {
        last = now;
        ui.dispatchEvent(new CustomEvent('loket-activity'));
      }
    };
    ['pointerdown', 'keydown', 'wheel', 'touchstart'].forEach(function (type) {
      document.addEventListener(type, ping, { capture: true, passive: true });
    });
  };
})();
