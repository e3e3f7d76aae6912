package org.example.bulletin.tender;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bulletincms.spi.AspectRatio;
import org.bulletincms.spi.DeliverySchema;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.HtmlSink;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.Json;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;

/**
 * A public tender announced in a bulletin: who buys what, for about how much, by when offers are due,
 * and the sustainability criteria the offers are judged on.
 */
public final class TenderNotice implements SectionType {

    private static final String VALUE = "estimatedValue";
    private static final String CURRENCY = "currency";
    private static final String PICTURE = "picture";

    private static final String DEADLINE = "submissionDeadline";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private static final FieldSpec VALUE_FIELD =
            FieldSpec.number(VALUE).label("预算金额", "Estimated value").help("不含税。", "Excluding VAT.");
    private static final FieldSpec CURRENCY_FIELD = FieldSpec.plainText(CURRENCY)
            .max(3)
            .label("币种", "Currency")
            .help("ISO 4217 代码，如 EUR、CNY。", "An ISO 4217 code such as EUR or CNY.");

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("title").required().translatable().max(300).label("招标名称", "Title"),
            FieldSpec.plainText("contractingAuthority")
                    .required()
                    .translatable()
                    .max(300)
                    .label("采购人", "Contracting authority"),
            FieldSpec.plainText("referenceNumber").max(100).label("项目编号", "Reference number"),
            FieldSpec.richText("subject").required().translatable().label("采购内容", "Subject"),
            // A picture from the media library: the core checks it is there and has alt text in every language.
            FieldSpec.image(PICTURE).label("图片", "Picture").help("如采购对象的照片。", "Such as a photo of what is bought."),
            VALUE_FIELD,
            CURRENCY_FIELD,
            FieldSpec.zonedDateTime(DEADLINE)
                    .required()
                    .label("投标截止时间", "Submission deadline")
                    .help("按采购人所在时区填写。", "In the contracting authority's time zone."),
            FieldSpec.textList("sustainabilityCriteria")
                    .translatable()
                    .maxEntries(20)
                    .max(500)
                    .label("可持续性评审标准", "Sustainability criteria"),
            FieldSpec.url("url").required().label("招标文件网址", "Tender documents"));

    @Override
    public String id() {
        return "tender-notice";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("招标公告", "Tender notice");
    }

    @Override
    public LocalizedText help() {
        return LocalizedText.of(
                "公开招标及其可持续性评审标准。", "A public tender and the sustainability criteria offers are judged on.");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<Violation> validate(ItemContent content, ValidationMode mode) {
        List<Violation> violations = new ArrayList<>();
        Optional<BigDecimal> value = content.sharedNumber(VALUE);
        value.filter(amount -> amount.signum() <= 0)
                .ifPresent(amount -> violations.add(Violation.of(
                        Violation.sharedField(VALUE),
                        "tender-notice.value-not-positive",
                        Map.of("value", amount.toString()))));
        Optional<String> currency = content.sharedText(CURRENCY);
        currency.filter(code -> !isCurrency(code))
                .ifPresent(code -> violations.add(Violation.of(
                        Violation.sharedField(CURRENCY), "tender-notice.currency-unknown", Map.of("currency", code))));
        if (mode == ValidationMode.PUBLISH && value.isPresent() && currency.isEmpty()) {
            violations.add(Violation.of(Violation.sharedField(CURRENCY), "tender-notice.currency-missing"));
        }
        return violations;
    }

    private static boolean isCurrency(String code) {
        return Currency.getAvailableCurrencies().stream()
                .anyMatch(currency -> currency.getCurrencyCode().equals(code));
    }

    @Override
    public Map<String, LocalizedText> messages() {
        return Map.of(
                "tender-notice.value-not-positive",
                        LocalizedText.of(
                                "预算金额须大于零，当前为 {value}。", "The estimated value must be above zero; it is {value}."),
                "tender-notice.currency-unknown",
                        LocalizedText.of(
                                "“{currency}”不是 ISO 4217 币种代码。", "“{currency}” is not an ISO 4217 currency code."),
                "tender-notice.currency-missing",
                        LocalizedText.of("填写预算金额时须注明币种。", "Give the currency of the estimated value."));
    }

    /** As the default, with amount and currency together: {@code "estimatedValue": {"amount": 2400000, "currency": "EUR"}}. */
    @Override
    public JsonObject toDelivery(ItemView view) {
        JsonObjectBuilder delivery = Json.createObjectBuilder();
        SectionType.super.toDelivery(view).forEach((name, value) -> {
            if (!name.equals(VALUE) && !name.equals(CURRENCY)) {
                delivery.add(name, value);
            }
        });
        view.number(VALUE).ifPresent(amount -> {
            JsonObjectBuilder estimate = Json.createObjectBuilder().add("amount", amount);
            view.text(CURRENCY).ifPresent(code -> estimate.add("currency", code));
            delivery.add(VALUE, estimate);
        });
        return delivery.build();
    }

    /** The default fields' schema, with amount and currency together as {@link #toDelivery} sends them. */
    @Override
    public JsonObject deliverySchema() {
        Map<String, JsonObject> estimate = new LinkedHashMap<>();
        estimate.put("amount", DeliverySchema.field(VALUE_FIELD));
        estimate.put("currency", DeliverySchema.field(CURRENCY_FIELD));
        return DeliverySchema.of(FIELDS)
                .without(VALUE, CURRENCY)
                .with(VALUE, DeliverySchema.object(estimate, List.of("amount")), false)
                .build();
    }

    /**
     * As a notice board shows a tender: what and for whom, then the facts a bidder looks for (reference, value,
     * deadline) under their labels, the criteria, and the documents' address.
     */
    @Override
    public void render(ItemView view, HtmlSink html) {
        html.start("article", Map.of("class", "item item-tender-notice"));
        view.text("title").ifPresent(title -> html.element("h3", title));
        view.text("contractingAuthority")
                .ifPresent(authority -> html.element("p", Map.of("class", "authority"), authority));
        view.richText("subject").ifPresent(html::trustedRichText);
        // The core's sink writes the <img> with its renditions, alt text, caption and credit; notices on a board
        // line up, so the picture is its 16:9 crop around the focal point the editor set (as it is where no crop
        // was made, in a draft's preview).
        view.picture(PICTURE)
                .map(picture -> picture.croppedTo(AspectRatio.WIDE))
                .ifPresent(html::picture);
        html.start("dl");
        view.text("referenceNumber")
                .ifPresent(reference -> fact(view, "referenceNumber", html, dd -> dd.text(reference)));
        view.number(VALUE).ifPresent(amount -> fact(view, VALUE, html, dd -> dd.text(money(view, amount))));
        view.dateTime(DEADLINE)
                .ifPresent(deadline -> fact(
                        view,
                        DEADLINE,
                        html,
                        dd -> dd.element(
                                "time",
                                Map.of("datetime", deadline.toOffsetDateTime().toString()),
                                WHEN.format(deadline) + " (UTC"
                                        + deadline.getOffset().getId() + ")")));
        html.end();
        view.list("sustainabilityCriteria").ifPresent(criteria -> {
            html.start("ul", Map.of("class", "criteria"));
            for (JsonValue criterion : criteria) {
                if (criterion instanceof JsonString text) {
                    html.element("li", text.getString());
                }
            }
            html.end();
        });
        view.text("url")
                .ifPresent(url -> html.start("p").link(url, label(view, "url")).end());
        html.end();
    }

    private static void fact(ItemView view, String field, HtmlSink html, Consumer<HtmlSink> value) {
        html.element("dt", label(view, field));
        html.start("dd");
        value.accept(html);
        html.end();
    }

    private static String money(ItemView view, BigDecimal amount) {
        return NumberFormat.getNumberInstance(Locale.forLanguageTag(view.locale()))
                        .format(amount)
                + view.text(CURRENCY).map(code -> " " + code).orElse("");
    }

    private static String label(ItemView view, String field) {
        return FIELDS.stream()
                .filter(spec -> spec.name().equals(field))
                .findFirst()
                .orElseThrow()
                .label()
                .get(view.locale());
    }
}
