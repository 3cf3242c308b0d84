package org.onestop.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.onestop.kernel.LocalizedText;

/**
 * One immutable version of a public service's standard: what the applicant must bring and fill
 * in, who provides it, through which channels, how fast, for what fee, on what grounds it may be
 * refused, and what comes of it. An application keeps the version it was filed under
 * ({@code versionId}), so a newer version never changes it.
 *
 * @param versionId identifies this version among all versions of all services
 * @param version this version's number among the versions of this service, from 1
 * @param effectiveFrom the day this version takes effect
 * @param visits in-person visits the applicant must make; 0 for a fully online service
 * @param workflow the code of the workflow its applications follow
 */
public record ServiceStandard(String code, long versionId, int version, LocalDate effectiveFrom,
        ApplicantKind applicant, LocalizedText name, LocalizedText description, Provider provider,
        boolean partnerMayDeliver, Set<Channel> channels, Deadline deadline, Integer maxWaitMinutes,
        Integer maxDeskMinutes, Fee fee, List<RequiredDocument> documents, List<FormField> form,
        List<RefusalGround> refusalGrounds, Result result, LocalizedText legalBasis, int visits, String workflow) {

    public ServiceStandard {
        channels = Set.copyOf(channels);
        documents = List.copyOf(documents);
        form = List.copyOf(form);
        refusalGrounds = List.copyOf(refusalGrounds);
    }

    /** Who may apply. */
    public enum ApplicantKind { PERSON, BUSINESS }

    /** Where the service can be applied for. */
    public enum Channel { ONLINE, SERVICE_CENTRE, PROVIDER_OFFICE }

    /**
     * Who provides the service: a central body itself, the akimat of the applicant's region, or
     * the territorial department of {@code bodyCode} in the applicant's region.
     */
    public record Provider(Kind kind, String bodyCode) {

        public enum Kind { CENTRAL, REGIONAL_AKIMAT, TERRITORIAL }
    }

    /** The deadline: a number of working days or of working hours. */
    public record Deadline(int amount, Unit unit) {

        public enum Unit { WORKING_DAYS, WORKING_HOURS }
    }

    /** A document the applicant provides or OneStop fetches from another body's register. */
    public record RequiredDocument(String code, LocalizedText name, boolean fetched, boolean mandatory) {
    }

    /** A field of the application form. */
    public record FormField(String name, FieldType type, boolean required, LocalizedText label, List<Option> options,
            String pattern, Long min, Long max) {

        public FormField {
            options = options == null ? List.of() : List.copyOf(options);
        }

        public enum FieldType { TEXT, NUMBER, DATE, CHOICE, IIN, BIN, BOOLEAN, EMAIL, PHONE }

        public record Option(String value, LocalizedText label) {
        }
    }

    /** A numbered ground on which the application may be refused; a refusal must cite one. */
    public record RefusalGround(int number, LocalizedText text) {
    }

    /** What the applicant receives: a document of a type, or a decision. */
    public record Result(Kind kind, String type, LocalizedText name) {

        public enum Kind { DOCUMENT, DECISION }
    }
}
