package id.loket.siak;

import java.time.Instant;

/** The gateway as the board header shows it: "SIAK tidak terhubung sejak 10.42 — 7 pemeriksaan menunggu". */
public record SiakStatus(boolean connected, Instant since, long pending) {
}
