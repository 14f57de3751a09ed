package id.loket.skm;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinRequest;
import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The survey invitation on the handover screen: a QR code for the citizen's phone and a link the officer can open on
 * the counter's tablet. Empty (nothing shown) when the application has no open survey link in memory.
 * Usage: {@code SurveyInvite.of(skm, applicationId).ifPresent(body::add)}.
 */
public final class SurveyInvite extends Div {

    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.\\-]+(:\\d{1,5})?");

    private SurveyInvite(SkmService.Invite invite) {
        setId("skm-invite");
        addClassName("skm-invite");
        String url = base(invite.publicUrl()) + invite.path();
        Image qr = new Image(svgDataUri(url), getTranslation("skm.invite.qr-alt"));
        qr.setId("skm-invite-qr");
        qr.setWidth("9em");
        qr.setHeight("9em");
        Anchor link = new Anchor(url, getTranslation("skm.invite.open"));
        link.setId("skm-invite-link");
        link.setTarget(AnchorTarget.BLANK);
        add(new Paragraph(getTranslation("skm.invite.text")), qr, link);
    }

    public static Optional<SurveyInvite> of(SkmService skm, UUID applicationId) {
        return skm.invite(applicationId).map(SurveyInvite::new);
    }

    /** The absolute address for a phone: the configured public URL, else the address this browser uses. */
    private static String base(String configured) {
        if (!configured.isEmpty()) {
            return configured + "/";
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            String origin = request.getHeader("Origin");
            if (origin != null && ORIGIN.matcher(origin).matches()) {
                return origin + request.getContextPath() + "/";
            }
        }
        return ""; // relative: still right for the link; a QR of a relative address is the configuration's gap
    }

    /** The QR code as a small SVG (one path, one unit per module, a quiet zone of four). */
    static String svgDataUri(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int quiet = 4;
        int size = qr.size + 2 * quiet;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + quiet).append(',').append(y + quiet).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
