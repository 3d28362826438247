package io.lightningops.content.domain;

/** The content mix layer a video serves (traffic 40%, value 35%, conversion 25% by default). */
public enum ContentLayer {
    TRAFFIC,
    VALUE,
    CONVERSION
}
