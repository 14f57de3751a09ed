package id.loket.workflow;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinService;
import java.util.UUID;

/**
 * The one view-side piece of the holder rule: every work screen (SIAK check, family entry, verification, signing,
 * handover) adds this line at its top and makes itself read-only when {@link #readOnly()} says so. The services
 * refuse a non-holder's change anyway ({@link WorkflowService#requireHolder}); this only says it before he tries.
 */
public final class HolderLine extends Paragraph {

    private final WorkflowService workflow;
    private final UUID applicationId;
    private WorkflowService.WorkState state;

    private HolderLine(WorkflowService workflow, UUID applicationId) {
        this.workflow = workflow;
        this.applicationId = applicationId;
        setId("work-holder");
        addClassName("work-holder");
        refresh();
    }

    /** Reads who holds the card again: the officer's first saved change claims a free card. */
    public void refresh() {
        state = workflow.workState(applicationId);
        String text;
        removeClassName("held-by-other");
        if (state.holder() != null && !state.heldByMe()) {
            text = getTranslation("workflow.holder.other", state.holderName());
            addClassName("held-by-other");
        } else if (state.heldByMe()) {
            text = getTranslation("workflow.holder.me");
        } else if (state.mayChange()) {
            text = getTranslation("workflow.holder.free");
        } else {
            text = getTranslation(state.active() ? "workflow.holder.not-your-step" : "workflow.holder.not-active");
        }
        setText(text);
    }

    public static HolderLine of(WorkflowService workflow, UUID applicationId) {
        return new HolderLine(workflow, applicationId);
    }

    /** For screens that do not otherwise use the workflow service: it is looked up from the running application. */
    public static HolderLine of(UUID applicationId) {
        return of(VaadinService.getCurrent().getInstantiator().getOrCreate(WorkflowService.class), applicationId);
    }

    /** True unless the signed-in officer may change this card's work now. */
    public boolean readOnly() {
        return !state.mayChange();
    }

    public WorkflowService.WorkState state() {
        return state;
    }
}
