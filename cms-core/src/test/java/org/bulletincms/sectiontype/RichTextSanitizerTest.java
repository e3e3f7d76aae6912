package org.bulletincms.sectiontype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.bulletincms.spi.ItemContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextSanitizerTest {

    private final RichTextSanitizer sanitizer = new RichTextSanitizer();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
                "<p onclick=\"alert(1)\">",
                "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">",
                "<a href=\"JaVaScRiPt:alert(1)\">",
                "<a href=\"java&#x09;script:alert(1)\">",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
                "<a href=\"vbscript:msgbox(1)\">",
                "<p style=\"background:url(javascript:alert(1))\">",
                "<style>@import 'https://evil.example/x.css';</style>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<object data=\"x.swf\"></object>",
                "<embed src=\"x.swf\">",
                "<svg onload=alert(1)>",
                "<math><mi xlink:href=\"javascript:alert(1)\">",
                "<form action=\"https://evil.example\"><input name=q></form>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<base href=\"https://evil.example/\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
                "<a href=\"https://x.org\" target=\"_blank\" onmouseover=\"alert(1)\">",
                "<!--<script>alert(1)</script>-->",
                "<p>text</p><script>alert(1)//",
            })
    void removesActiveContent(String hostile) {
        String sanitised =
                sanitizer.sanitise("<p>ok</p>" + hostile + "<p>end</p>").toLowerCase(Locale.ROOT);

        assertFalse(sanitised.contains("<script"), sanitised);
        assertFalse(sanitised.matches("(?s).*<[^>]*\\son[a-z]+\\s*=.*"), sanitised);
        assertFalse(
                sanitised.contains("javascript:") || sanitised.contains("vbscript:") || sanitised.contains("data:"),
                sanitised);
        for (String element : new String[] {
            "<style",
            "<iframe",
            "<object",
            "<embed",
            "<svg",
            "<math",
            "<form",
            "<input",
            "<base",
            "<meta",
            "<noscript",
            "<img"
        }) {
            assertFalse(sanitised.contains(element), sanitised);
        }
        assertFalse(sanitised.contains("style="), sanitised);
    }

    @Test
    void keepsTheMarkupABulletinNeeds() {
        String html =
                "<h3>标题</h3><p>日前，<strong>联合国</strong><em>环境</em><b>规划署</b><i>发布</i><u>报告</u>CO<sub>2</sub> m<sup>2</sup><br></p>"
                        + "<ul><li>一</li></ul><ol><li>二</li></ol><blockquote>引文</blockquote><h4>小标题</h4>";

        assertEquals(html.replace("<br>", "<br />"), sanitizer.sanitise(html));
    }

    @Test
    void keepsWebAndMailLinksAndMarksThemNoFollow() {
        assertEquals(
                "<a href=\"https://www.oneplanetnetwork.org\" rel=\"nofollow noopener noreferrer\">同一个地球网络</a>",
                sanitizer.sanitise("<a href=\"https://www.oneplanetnetwork.org\">同一个地球网络</a>"));
        assertEquals(
                "<a href=\"mailto:wangj&#64;mepcec.com\" rel=\"nofollow noopener noreferrer\">编辑</a>",
                sanitizer.sanitise("<a href=\"mailto:wangj@mepcec.com\">编辑</a>"));
    }

    @Test
    void dropsRelativeAndPlaceholderLinksButKeepsTheirText() {
        assertEquals("同一个地球网络网站", sanitizer.sanitise("<a href=\"#\">同一个地球网络网站</a>"));
        assertEquals("后台", sanitizer.sanitise("<a href=\"/admin\">后台</a>"));
    }

    @Test
    void keepsChinesePunctuationReadable() {
        assertEquals("<p>摘自：“同一个地球网络”网站，2024年。</p>", sanitizer.sanitise("<p>摘自：“同一个地球网络”网站，2024年。</p>"));
    }

    @Test
    void removesControlCharacters() {
        assertEquals("<p>ab</p>", sanitizer.sanitise("<p>a\u0000b</p>"));
    }

    @Test
    void isIdempotent() {
        String once = sanitizer.sanitise(
                "<p class=x>a & b < c \"q\" 'r' @ + = <a href=\"https://x.org/?a=1&b=2\">链接</a>，。</p><script>x</script>");

        assertEquals(once, sanitizer.sanitise(once));
    }

    @Test
    void sanitisesRichTextFieldsOfContentSharedAndLocalized() {
        ItemContent content = ItemContent.builder()
                .localized("zh-CN", "body", "<p>正文</p><script>alert(1)</script>")
                .localized("en", "body", "<p onclick=\"x\">Body</p>")
                .localized("en", "title", "<script>stays plain text</script>")
                .build();

        ItemContent sanitised = sanitizer.sanitise(new Notice(), content);

        assertEquals("<p>正文</p>", sanitised.localizedText("zh-CN", "body").orElseThrow());
        assertEquals("<p>Body</p>", sanitised.localizedText("en", "body").orElseThrow());
        assertEquals(
                "<script>stays plain text</script>",
                sanitised.localizedText("en", "title").orElseThrow());
    }
}
