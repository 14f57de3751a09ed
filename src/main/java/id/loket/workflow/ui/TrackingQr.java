package id.loket.workflow.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.VaadinRequest;
import io.nayuki.qrcodegen.QrCode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The QR code on the intake receipt: it opens the public status page ({@code /status}, the tracking feature) with
 * the registration number filled in. The address is {@code loket.tracking.public-url} when set, else the one the
 * officer's browser used (the Vaadin request's Origin), as the KK's verification QR does.
 */
final class TrackingQr {

    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.\\-\\[\\]:]+");

    private TrackingQr() {
    }

    static String url(String publicUrl, String reference) {
        String base = publicUrl == null ? "" : publicUrl.trim();
        if (base.isEmpty()) {
            VaadinRequest request = VaadinRequest.getCurrent();
            String origin = request == null ? null : request.getHeader("Origin");
            base = origin != null && ORIGIN.matcher(origin).matches() ? origin + request.getContextPath() : "";
        }
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/status?nomor=" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
    }

    /** The QR as an SVG image (no file, no request): black modules on white with a quiet zone of four. */
    static Image image(String url, String alt) {
        QrCode qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
        Image image = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)), alt);
        image.addClassName("receipt-qr");
        return image;
    }
}
