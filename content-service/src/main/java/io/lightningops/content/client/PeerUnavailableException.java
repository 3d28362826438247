package io.lightningops.content.client;

/** A peer service could not answer (down, failing, too slow, or its circuit is open): worth a retry later. */
public class PeerUnavailableException extends RuntimeException {

    public PeerUnavailableException(String message) {
        super(message);
    }
}
