package io.lightningops.risk.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.risk.domain.LexiconTerm;

@ApplicationScoped
public class LexiconTermRepository implements PanacheRepositoryBase<LexiconTerm, UUID> {

    /**
     * Moves the lexicon revision. Called in the transaction of every change of terms or exemptions, so the
     * change and the new revision commit together; the row lock also orders concurrent changes.
     */
    public void bumpRevision() {
        getEntityManager().createNativeQuery("UPDATE lexicon_revision SET revision = revision + 1 WHERE id = 1")
                .executeUpdate();
    }
}
