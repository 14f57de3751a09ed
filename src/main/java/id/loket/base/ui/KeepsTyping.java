package id.loket.base.ui;

/**
 * A form view whose typed values survive a reload (the language switch reloads the page) and an expired session:
 * every field with an id is kept in the browser tab until the form is sent or left, and put back when the same
 * address opens again for the same user (TypingKeeper). Implementing this interface is all a view does; a
 * field that must not come back (a honeypot) carries the class name {@link #SKIP}. Passwords are never kept.
 */
public interface KeepsTyping {

    String SKIP = "keep-typing-skip";
}
