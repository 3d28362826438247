package io.lightningops.content.client;

/** A peer service answered with a 4xx: retrying the same call would not help. */
public class PeerRefusedException extends RuntimeException {

    private final int status;

    public PeerRefusedException(String peer, int status) {
        super(peer + " answered " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
