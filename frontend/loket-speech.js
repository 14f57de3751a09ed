// Reads queue calls aloud on the waiting-room TV. Browsers only speak after a user gesture, hence the
// "enable sound" button; without speech synthesis (or an Indonesian voice) the screen still shows the call.
(function () {
  window.loketSpeechOn = false;
  window.loketEnableSpeech = function () {
    window.loketSpeechOn = 'speechSynthesis' in window;
    if (window.loketSpeechOn) {
      window.speechSynthesis.speak(new SpeechSynthesisUtterance(''));
    }
  };
  window.loketSpeak = function (text, lang) {
    if (!window.loketSpeechOn || !('speechSynthesis' in window)) {
      return false;
    }
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    var voices = window.speechSynthesis.getVoices();
    var voice = voices.find(function (v) { return v.lang && v.lang.toLowerCase().indexOf(lang.substring(0, 2)) === 0; });
    if (voice) {
      utterance.voice = voice;
    }
    utterance.rate = 0.9;
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
    return true;
  };
})();
