package org.supportplan.adapter.web.mapping;

import java.util.List;
import java.util.function.Function;

import org.mapstruct.Builder;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;
import org.supportplan.adapter.web.dto.CouncilResponse.Interval;
import org.supportplan.adapter.web.dto.CouncilResponse.Question;
import org.supportplan.adapter.web.dto.CouncilResponse.Rule;
import org.supportplan.adapter.web.dto.CouncilResponse.SettingDto;
import org.supportplan.adapter.web.dto.CouncilResponse;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.PlanQuestion;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.profile.ReviewPolicy;
import org.supportplan.domain.profile.Setting;
import org.supportplan.domain.spend.SpendRule;

/**
 * Maps council profiles to their wire form. Spend rules and settings are read by hand: a
 * {@link SpendRule} is an interface without bean properties and a {@link Setting} is generic.
 */
@Mapper(uses = WireValues.class, unmappedTargetPolicy = ReportingPolicy.ERROR, builder = @Builder(disableBuilder = true))
public interface CouncilMapper {

    /** The generated implementation. */
    CouncilMapper INSTANCE = Mappers.getMapper(CouncilMapper.class);

    /** The whole profile. */
    default CouncilResponse toResponse(CouncilProfile profile) {
        ReviewPolicy reviews = profile.reviews();
        return new CouncilResponse(profile.id().value(), profile.name(), toQuestions(profile.questions()),
                profile.spendRules().stream().map(this::toRule).toList(),
                setting(profile.weeksPerYear(), WireValues::quantity), setting(profile.rounding(), Enum::name),
                new CouncilResponse.Reviews(setting(reviews.initialReview(), this::toInterval),
                        setting(reviews.regularReview(), this::toInterval),
                        setting(reviews.directPaymentFirstReview(), this::toInterval),
                        setting(reviews.directPaymentRegularReview(), this::toInterval)),
                setting(profile.unspentBalanceWeeks(), WireValues::quantity));
    }

    /** One line of the council list. */
    default CouncilResponse.Summary toSummary(CouncilProfile profile) {
        return new CouncilResponse.Summary(profile.id().value(), profile.name(), profile.questions().size(),
                profile.spendRules().stream().map(rule -> rule.id().value()).toList());
    }

    /** The questions, in the profile's order. */
    List<Question> toQuestions(List<PlanQuestion> questions);

    /** One question. */
    @Mapping(target = "source", source = "source.citation")
    @Mapping(target = "sourceKind", source = "source.kind")
    Question toQuestion(PlanQuestion question);

    /** One spend rule. */
    default Rule toRule(SpendRule rule) {
        return new Rule(rule.id().value(), rule.summary(), rule.source().citation(), rule.source().kind().name());
    }

    /** A review interval. */
    default Interval toInterval(ReviewInterval interval) {
        return new Interval(interval.amount(), interval.unit().name(), interval.anchor().name());
    }

    /** A setting with its value in wire form. */
    private static <T, W> SettingDto<W> setting(Setting<T> setting, Function<T, W> value) {
        return new SettingDto<>(value.apply(setting.value()), setting.provenance().name(), setting.source().citation(),
                setting.source().kind().name());
    }
}
