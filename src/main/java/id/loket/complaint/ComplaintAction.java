package id.loket.complaint;

/** What the signed-in officer may do next with a complaint; views show a button per allowed action. */
public enum ComplaintAction {
    ASSIGN,
    REASSIGN,
    FOLLOW_UP,
    WAIT_FOR_CITIZEN,
    CITIZEN_ANSWERED,
    ESCALATE,
    RESOLVE,
    REOPEN
}
