package io.lightningops.defaults.testapp;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A versioned resource of the test application. */
@Entity
@Table(name = "echoes")
public class Echo {

    @Id
    public UUID id;

    public String text;

    @Version
    public long version;
}
