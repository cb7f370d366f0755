package org.irwatch.data.workers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.irwatch.core.workers.Consent;
import org.irwatch.core.workers.ConsentMethod;
import org.irwatch.core.workers.Person;
import org.irwatch.core.workers.Place;
import org.irwatch.core.workers.Placement;
import org.irwatch.core.workers.Reason;
import org.irwatch.core.workers.Referral;
import org.irwatch.core.workers.ReferralBody;
import org.irwatch.core.workers.ReferralSource;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.Sex;
import org.irwatch.core.workers.Situation;
import org.irwatch.core.workers.Skill;
import org.irwatch.core.workers.SourceKind;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.StageChange;
import org.irwatch.core.workers.VisaRoute;
import org.irwatch.core.workers.Welfare;
import org.irwatch.core.workers.WelfareConcern;
import org.irwatch.core.workers.Work;
import org.irwatch.core.workers.Worker;

/**
 * A record's fields as the bytes that are sealed: a version, then each part in a fixed order. Padded to a multiple of
 * 64 bytes so the sealed length says little about how long a name or a note is.
 */
final class PersonalCodec {

    private static final int VERSION = 1;
    private static final int PAD_TO = 64;

    private PersonalCodec() {
    }

    static byte[] encode(Worker worker) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            Person p = worker.person();
            text(out, p.name());
            text(out, p.phone());
            out.writeBoolean(p.whatsApp());
            text(out, p.email());
            text(out, p.language());
            text(out, p.nationality());
            date(out, p.dateOfBirth());
            choice(out, p.sex());
            Place place = worker.place();
            out.writeBoolean(place != null);
            if (place != null) {
                text(out, place.postcode());
                text(out, place.councilGss());
                number(out, place.travelMiles());
                out.writeBoolean(place.drives());
            }
            Work work = worker.work();
            out.writeBoolean(work != null);
            if (work != null) {
                choices(out, work.roles());
                choices(out, work.skills());
                text(out, work.otherSkills());
                text(out, work.english());
                number(out, work.hoursWanted());
            }
            Situation s = worker.situation();
            out.writeBoolean(s != null);
            if (s != null) {
                text(out, s.formerSponsor());
                text(out, s.formerSponsorKey());
                text(out, s.formerProviderId());
                choice(out, s.reason());
                choice(out, s.visaRoute());
                date(out, s.visaExpiry());
                date(out, s.letterDate());
                date(out, s.deadline());
                number(out, s.dependants());
            }
            Welfare welfare = worker.welfare();
            out.writeInt(welfare.concerns().size());
            for (Map.Entry<WelfareConcern, String> concern : welfare.concerns().entrySet()) {
                choice(out, concern.getKey());
                text(out, concern.getValue());
            }
            out.writeInt(welfare.referrals().size());
            for (Referral referral : welfare.referrals()) {
                choice(out, referral.body());
                date(out, referral.on());
                text(out, referral.note());
            }
            Consent consent = worker.consent();
            out.writeBoolean(consent != null);
            if (consent != null) {
                out.writeBoolean(consent.holdRecord());
                out.writeBoolean(consent.shareWithEmployers());
                out.writeBoolean(consent.contactAboutJobs());
                date(out, consent.given());
                choice(out, consent.method());
                text(out, consent.recordedBy());
            }
            ReferralSource source = worker.source();
            out.writeBoolean(source != null);
            if (source != null) {
                choice(out, source.kind());
                out.writeLong(source.fairId() == null ? -1 : source.fairId());
                text(out, source.detail());
            }
            date(out, worker.lastContact());
            Placement placement = worker.placement();
            out.writeBoolean(placement != null);
            if (placement != null) {
                text(out, placement.employer());
                text(out, placement.employerKey());
                date(out, placement.startDate());
            }
            text(out, worker.notes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] plain = bytes.toByteArray();
        return Arrays.copyOf(plain, (plain.length / PAD_TO + 1) * PAD_TO);
    }

    /** The record from its sealed fields and the columns kept in the clear. */
    static Worker decode(byte[] plain, long id, Stage stage, LocalDate registeredOn, List<StageChange> history) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            int version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("Record #" + id + " was written by a newer IR Watch (format "
                        + version + ")");
            }
            Person person = new Person(text(in), text(in), in.readBoolean(), text(in), text(in), text(in), date(in),
                    choice(in, Sex::valueOf));
            Place place = in.readBoolean() ? new Place(text(in), text(in), number(in), in.readBoolean()) : null;
            Work work = in.readBoolean() ? new Work(choices(in, Role.class), choices(in, Skill.class), text(in),
                    text(in), number(in)) : null;
            Situation situation = in.readBoolean() ? new Situation(text(in), text(in), text(in),
                    choice(in, Reason::valueOf), choice(in, VisaRoute::valueOf), date(in), date(in), date(in),
                    number(in)) : null;
            Map<WelfareConcern, String> concerns = new EnumMap<>(WelfareConcern.class);
            for (int i = in.readInt(); i > 0; i--) {
                concerns.put(choice(in, WelfareConcern::valueOf), text(in));
            }
            List<Referral> referrals = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                referrals.add(new Referral(choice(in, ReferralBody::valueOf), date(in), text(in)));
            }
            Consent consent = in.readBoolean() ? new Consent(in.readBoolean(), in.readBoolean(), in.readBoolean(),
                    date(in), choice(in, ConsentMethod::valueOf), text(in)) : null;
            ReferralSource source = null;
            if (in.readBoolean()) {
                SourceKind kind = choice(in, SourceKind::valueOf);
                long fair = in.readLong();
                source = new ReferralSource(kind, fair < 0 ? null : fair, text(in));
            }
            LocalDate lastContact = date(in);
            Placement placement = in.readBoolean() ? new Placement(text(in), text(in), date(in)) : null;
            String notes = text(in);
            return new Worker(id, person, place, work, situation, new Welfare(concerns, referrals), consent, source,
                    stage, registeredOn, lastContact, placement, notes, history);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    private static void date(DataOutputStream out, LocalDate date) throws IOException {
        out.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
    }

    private static LocalDate date(DataInputStream in) throws IOException {
        long day = in.readLong();
        return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
    }

    private static void number(DataOutputStream out, Integer number) throws IOException {
        out.writeBoolean(number != null);
        out.writeInt(number == null ? 0 : number);
    }

    private static Integer number(DataInputStream in) throws IOException {
        boolean present = in.readBoolean();
        int value = in.readInt();
        return present ? value : null;
    }

    private static void choice(DataOutputStream out, Enum<?> choice) throws IOException {
        text(out, choice == null ? "" : choice.name());
    }

    private static <E> E choice(DataInputStream in, Function<String, E> valueOf) throws IOException {
        String name = text(in);
        return name.isEmpty() ? null : valueOf.apply(name);
    }

    private static void choices(DataOutputStream out, Set<? extends Enum<?>> choices) throws IOException {
        out.writeInt(choices.size());
        for (Enum<?> choice : choices) {
            choice(out, choice);
        }
    }

    private static <E extends Enum<E>> Set<E> choices(DataInputStream in, Class<E> type) throws IOException {
        Set<E> set = EnumSet.noneOf(type);
        for (int i = in.readInt(); i > 0; i--) {
            set.add(Enum.valueOf(type, text(in)));
        }
        return set;
    }
}
