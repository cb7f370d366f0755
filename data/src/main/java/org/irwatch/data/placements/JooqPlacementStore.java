package org.irwatch.data.placements;

import static org.irwatch.data.jooq.Tables.EMPLOYER_NOTICE;
import static org.irwatch.data.jooq.Tables.EMPLOYER_VACANCY;
import static org.irwatch.data.jooq.Tables.ETHICAL_EMPLOYER;
import static org.irwatch.data.jooq.Tables.PLACEMENT_EXCLUSION;
import static org.irwatch.data.jooq.Tables.PLACEMENT_INTRODUCTION;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.irwatch.core.placements.EthicalEmployer;
import org.irwatch.core.placements.Introduction;
import org.irwatch.core.placements.PlacementStore;
import org.irwatch.core.placements.ProviderExclusion;
import org.irwatch.core.placements.SentNotice;
import org.irwatch.core.placements.Vacancy;
import org.jooq.DSLContext;

/** Keeps ethical employers with their vacancies, exclusions and notices sent. */
public final class JooqPlacementStore implements PlacementStore {

    private final DSLContext dsl;

    public JooqPlacementStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public EthicalEmployer saveEmployer(EthicalEmployer employer, Instant at) {
        return dsl.transactionResult(tx -> save(tx.dsl(), employer, at));
    }

    @Override
    public void saveEmployers(List<EthicalEmployer> employers, Instant at) {
        dsl.transaction(tx -> employers.forEach(e -> save(tx.dsl(), e, at)));
    }

    private static EthicalEmployer save(DSLContext tx, EthicalEmployer e, Instant at) {
        var row = tx.newRecord(ETHICAL_EMPLOYER);
        row.setProviderId(e.providerId());
        row.setProviderName(e.providerName());
        row.setContactName(e.contactName());
        row.setPhone(e.phone());
        row.setEmail(e.email());
        row.setLicenceStatus(e.licence().status().name());
        row.setLicenceApplied(e.licence().appliedOn());
        row.setTakesTransfers(e.takesTransfers());
        row.setOffersHousing(e.offersHousing());
        row.setAuditToolDone(e.auditToolDone());
        row.setWantsNotices(e.wantsNotices());
        row.setUpdatedAt(at.atOffset(ZoneOffset.UTC));
        // One sign-up per provider: saving another for the same provider replaces it.
        Long existing = e.id() != null ? e.id() : tx.select(ETHICAL_EMPLOYER.ID).from(ETHICAL_EMPLOYER)
                .where(ETHICAL_EMPLOYER.PROVIDER_ID.eq(e.providerId())).fetchOptional(ETHICAL_EMPLOYER.ID).orElse(null);
        long id;
        if (existing == null) {
            id = tx.insertInto(ETHICAL_EMPLOYER).set(row).returningResult(ETHICAL_EMPLOYER.ID).fetchOne().value1();
        } else {
            tx.update(ETHICAL_EMPLOYER).set(row).where(ETHICAL_EMPLOYER.ID.eq(existing)).execute();
            id = existing;
        }
        tx.deleteFrom(EMPLOYER_VACANCY).where(EMPLOYER_VACANCY.EMPLOYER_ID.eq(id)).execute();
        for (Vacancy v : e.vacancies()) {
            tx.insertInto(EMPLOYER_VACANCY).set(EMPLOYER_VACANCY.EMPLOYER_ID, id)
                    .set(EMPLOYER_VACANCY.ROLE, v.role().code()).set(EMPLOYER_VACANCY.VACANCIES, v.count())
                    .set(EMPLOYER_VACANCY.HOURS, v.hours()).set(EMPLOYER_VACANCY.PAY, v.pay()).execute();
        }
        return new EthicalEmployer(id, e.providerId(), e.providerName(), e.contactName(), e.phone(), e.email(),
                e.vacancies(), e.licence(), e.takesTransfers(), e.offersHousing(), e.auditToolDone(), e.wantsNotices());
    }

    @Override
    public void deleteEmployer(long id) {
        dsl.deleteFrom(ETHICAL_EMPLOYER).where(ETHICAL_EMPLOYER.ID.eq(id)).execute();
    }

    @Override
    public void exclude(ProviderExclusion exclusion) {
        dsl.mergeInto(PLACEMENT_EXCLUSION)
                .using(dsl.selectOne())
                .on(PLACEMENT_EXCLUSION.PROVIDER_ID.eq(exclusion.providerId()))
                .whenMatchedThenUpdate()
                .set(PLACEMENT_EXCLUSION.REASON, exclusion.reason())
                .set(PLACEMENT_EXCLUSION.EXCLUDED_BY, exclusion.excludedBy())
                .set(PLACEMENT_EXCLUSION.EXCLUDED_AT, exclusion.excludedAt().atOffset(ZoneOffset.UTC))
                .whenNotMatchedThenInsert(PLACEMENT_EXCLUSION.PROVIDER_ID, PLACEMENT_EXCLUSION.REASON,
                        PLACEMENT_EXCLUSION.EXCLUDED_BY, PLACEMENT_EXCLUSION.EXCLUDED_AT)
                .values(exclusion.providerId(), exclusion.reason(), exclusion.excludedBy(),
                        exclusion.excludedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public void include(String providerId) {
        dsl.deleteFrom(PLACEMENT_EXCLUSION).where(PLACEMENT_EXCLUSION.PROVIDER_ID.eq(providerId)).execute();
    }

    @Override
    public void recordIntroduction(Introduction i) {
        dsl.insertInto(PLACEMENT_INTRODUCTION).set(PLACEMENT_INTRODUCTION.WORKER_ID, i.workerId())
                .set(PLACEMENT_INTRODUCTION.PROVIDER_ID, i.providerId())
                .set(PLACEMENT_INTRODUCTION.PROVIDER_NAME, i.providerName())
                .set(PLACEMENT_INTRODUCTION.LOCATION_ID, i.locationId())
                .set(PLACEMENT_INTRODUCTION.LOCATION_NAME, i.locationName())
                .set(PLACEMENT_INTRODUCTION.INTRODUCED_ON, i.on())
                .set(PLACEMENT_INTRODUCTION.RECORDED_BY, i.recordedBy())
                .set(PLACEMENT_INTRODUCTION.RECORDED_AT, i.recordedAt().atOffset(ZoneOffset.UTC)).execute();
    }

    @Override
    public void recordNotice(String area, String notice, int recipients, String sentBy, Instant sentAt) {
        dsl.insertInto(EMPLOYER_NOTICE).set(EMPLOYER_NOTICE.AREA, area).set(EMPLOYER_NOTICE.NOTICE, notice)
                .set(EMPLOYER_NOTICE.RECIPIENTS, recipients).set(EMPLOYER_NOTICE.SENT_BY, sentBy)
                .set(EMPLOYER_NOTICE.SENT_AT, sentAt.atOffset(ZoneOffset.UTC)).execute();
    }

    @Override
    public Optional<SentNotice> lastNotice(String area) {
        return dsl.select(EMPLOYER_NOTICE.RECIPIENTS, EMPLOYER_NOTICE.SENT_BY, EMPLOYER_NOTICE.SENT_AT)
                .from(EMPLOYER_NOTICE).where(EMPLOYER_NOTICE.AREA.eq(area))
                .orderBy(EMPLOYER_NOTICE.SENT_AT.desc(), EMPLOYER_NOTICE.ID.desc()).limit(1)
                .fetchOptional(r -> new SentNotice(area, r.value1(), r.value2(), r.value3().toInstant()));
    }
}
