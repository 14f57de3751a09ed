// Keeps what a person typed into a form in this browser tab (sessionStorage) until the form is sent or left,
// so a language switch (a page reload) or an expired session loses nothing: the server restores the values
// when the form opens again (base/ui/TypingKeeper.java). Text fields, date pickers and checkboxes are written
// here on every change, also while the server is unreachable; list choices the server writes itself.
(function () {
  var TEXT = ['vaadin-text-field', 'vaadin-text-area', 'vaadin-email-field', 'vaadin-integer-field',
    'vaadin-number-field', 'vaadin-big-decimal-field', 'vaadin-date-picker', 'vaadin-time-picker'];

  function read(key) {
    try {
      return JSON.parse(window.sessionStorage.getItem(key) || '{}') || {};
    } catch (e) {
      return {};
    }
  }

  function write(key, snapshot) {
    try {
      if (Object.keys(snapshot).length === 0) {
        window.sessionStorage.removeItem(key);
      } else {
        window.sessionStorage.setItem(key, JSON.stringify(snapshot));
      }
    } catch (e) {
      // storage full or disabled: the form still works, only without this safety net
    }
  }

  function changed(root, key, event) {
    var el = event.target;
    if (!root.__loketKeepArmed || !el || !el.id || (el.classList && el.classList.contains('keep-typing-skip'))) {
      return;
    }
    var tag = el.localName;
    var entry;
    if (TEXT.indexOf(tag) >= 0 && event.type === 'value-changed') {
      entry = { s: el.value == null ? '' : String(el.value) };
    } else if (tag === 'vaadin-checkbox' && event.type === 'checked-changed') {
      entry = { b: !!el.checked };
    } else {
      return;
    }
    var snapshot = read(key);
    snapshot[el.id] = entry;
    write(key, snapshot);
  }

  window.loketKeepTyping = {
    /** Starts watching the form and hands the server what was kept for it. */
    start: function (root, key) {
      if (root.__loketKeepKey !== key) {
        root.__loketKeepKey = key;
        // armed at once: what is typed before the server has restored anything must be kept too (the snapshot
        // for the restore is read below, before any change can overwrite it)
        root.__loketKeepArmed = true;
        var handler = function (event) { changed(root, key, event); };
        // capture: value-changed and checked-changed do not bubble, but pass the form root on the way down
        root.addEventListener('value-changed', handler, true);
        root.addEventListener('checked-changed', handler, true);
      }
      return window.sessionStorage.getItem(key);
    },
    /** Kept for the server's call after restoring; watching already runs from the start. */
    arm: function (root) {
      root.__loketKeepArmed = true;
    },
    /** A list choice, written by the server (its item's position; the browser only knows an internal key). */
    put: function (key, id, entry) {
      var snapshot = read(key);
      snapshot[id] = entry;
      write(key, snapshot);
    },
    /** A field the form no longer shows (sent, or left): nothing to keep for it. */
    drop: function (key, id) {
      var snapshot = read(key);
      delete snapshot[id];
      write(key, snapshot);
    }
  };
})();
