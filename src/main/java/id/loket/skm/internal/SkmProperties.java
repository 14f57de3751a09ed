package id.loket.skm.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code loket.skm.*}.
 *
 * @param tokenValidDays       a survey link may be used until this many days after the handover day (default 7)
 * @param submissionsPerHour   survey submissions one client address may make per hour (default 120: a counter's
 *                             tablet shares one address for every citizen it serves)
 * @param publicUrl            the address citizens' phones reach Loket's public pages at, for the QR code on the
 *                             handover screen; empty = the address the officer's browser uses
 * @param inviteMemory         how many recent handovers keep their survey link in memory for the handover screen
 *                             (the link is never stored with the application; default 500)
 */
@ConfigurationProperties("loket.skm")
public record SkmProperties(int tokenValidDays, int submissionsPerHour, String publicUrl, int inviteMemory) {

    public SkmProperties {
        tokenValidDays = tokenValidDays <= 0 ? 7 : tokenValidDays;
        submissionsPerHour = submissionsPerHour <= 0 ? 120 : submissionsPerHour;
        publicUrl = publicUrl == null ? "" : publicUrl.trim().replaceAll("/+$", "");
        inviteMemory = inviteMemory <= 0 ? 500 : inviteMemory;
    }
}
