package id.loket.complaint.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import id.loket.complaint.ComplaintStatusChanged;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps open complaint boards current: after a change commits, every board of that branch reloads (pushed over the
 * app's WebSocket). A board reloads as its own officer, so it never shows what that officer may not see.
 * Boards register on attach and unregister on detach, so a closed tab leaks nothing.
 */
@Component
class ComplaintBoardBroadcaster {

    private record Board(UI ui, String branchCode, Authentication owner, Runnable refresh) {
    }

    private final Set<Board> boards = ConcurrentHashMap.newKeySet();

    Runnable register(UI ui, String branchCode, Authentication owner, Runnable refresh) {
        Board board = new Board(ui, branchCode, owner, refresh);
        boards.add(board);
        return () -> boards.remove(board);
    }

    @TransactionalEventListener
    void changed(ComplaintStatusChanged event) {
        for (Board board : boards) {
            if (!board.branchCode().equals(event.branchCode())) {
                continue;
            }
            try {
                board.ui().access(() -> asOwner(board));
            } catch (UIDetachedException e) {
                boards.remove(board);
            }
        }
    }

    private static void asOwner(Board board) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(board.owner()));
        try {
            board.refresh().run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
