package dev.qbank.importers.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void britishIzeEndingsAreReadTheAmericanWay() {
        assertThat(TextNormalizer.normalize("Reparameterisation of a VAE")).isEqualTo("reparameterization of a vae");
        assertThat(TextNormalizer.normalize("optimisers and tokeniser")).isEqualTo("optimizers and tokenizer");
        assertThat(TextNormalizer.normalize("批归一化 normalisation")).isEqualTo("批归一化normalization");
        // only those endings at a word's end: "-ise"/"-ised" words and other "is" stay
        assertThat(TextNormalizer.normalize("noise supervised isolation wiseracre"))
                .isEqualTo("noise supervised isolation wiseracre");
    }

    @Test
    void foldsWidthCaseScriptAndPunctuation() {
        assertThat(TextNormalizer.normalize("什麼是ＲＮＮ？")).isEqualTo("什么是rnn");
        assertThat(TextNormalizer.normalize("Batch-Norm 的作用")).isEqualTo("batch norm的作用");
        assertThat(TextNormalizer.normalize("ReLU 函数")).isEqualTo("relu函数");
    }

    @Test
    void latinLettersWithDiacriticsAreTheirBaseLetters() {
        // dedup17: Spanish, Vietnamese and French words are Latin words, compared whole, spaces kept
        assertThat(TextNormalizer.normalize("¿Qué es NeRF?")).isEqualTo("que es nerf");
        assertThat(TextNormalizer.normalize("Dropout hoạt động như thế nào?")).isEqualTo("dropout hoat dong nhu the nao");
        assertThat(TextNormalizer.normalize("Đây là naïve Bayes")).isEqualTo("day la naive bayes");
        // dedup22: Turkish dotless i and Polish l with a stroke have no base letter under NFD
        assertThat(TextNormalizer.normalize("arasındaki fark, nasıl çalışır")).isEqualTo("arasindaki fark|nasil calisir");
        assertThat(TextNormalizer.normalize("Jak działa pętla?")).isEqualTo("jak dziala petla");
        assertThat(TextNormalizer.normalize("väliмуisti ünd 学习")).isEqualTo("valiмуisti und学习");
    }

    @Test
    void anEmojiShortcodeEndsASentence() {
        assertThat(TextNormalizer.normalize("what is NMS :sweat_smile: thanks")).isEqualTo("what is nms|thanks");
        assertThat(TextNormalizer.normalize("std::vector a:b 12:30:05")).isEqualTo("std|vector a|b 12|30|05");
        assertThat(TextNormalizer.normalize("TL;DR of BPE; thanks")).isEqualTo("tl dr of bpe|thanks");
    }

    @Test
    void dimensionSignsBecomeOneSpelling() {
        assertThat(TextNormalizer.normalize("1×1 卷积")).isEqualTo("1*1卷积");
        assertThat(TextNormalizer.normalize("1x1卷积")).isEqualTo("1*1卷积");
        assertThat(TextNormalizer.normalize("1*1卷积")).isEqualTo("1*1卷积");
        assertThat(TextNormalizer.normalize("3 x 3")).isEqualTo("3 x 3");
    }

    @Test
    void aPlusJoiningTwoNamesPartsThem() {
        // "CNN+LSTM" names two models, like "CNN和LSTM"; "c++" and "k-means++" end a name
        assertThat(TextNormalizer.normalize("CNN+LSTM")).isEqualTo("cnn lstm");
        assertThat(TextNormalizer.normalize("softmax+交叉熵")).isEqualTo("softmax交叉熵");
        assertThat(TextNormalizer.normalize("C++和C#")).isEqualTo("c++和c#");
        assertThat(TextNormalizer.normalize("k-means++的初始化")).isEqualTo("k means++的初始化");
        // found by isIdempotent: a sign after a dropped sign is no name either
        assertThat(TextNormalizer.normalize("##")).isEmpty();
        assertThat(TextNormalizer.normalize("*#")).isEmpty();
        // (found with "µ", a word letter since dedup23 made Greek words words: a Han character stands for it)
        assertThat(TextNormalizer.normalize("0#\u0001中")).isEqualTo(TextNormalizer.normalize("0中"));
    }

    @Test
    void aSquareRootSignIsTheWordForIt() {
        // "除以√dk" and "除以根号dk" say the same; the sign was dropped as punctuation, losing the word
        assertThat(TextNormalizer.normalize("为什么要除以√dk")).isEqualTo("为什么要除以根号dk");
        assertThat(TextNormalizer.normalize(TextNormalizer.normalize("除以√ d_k"))).isEqualTo(TextNormalizer.normalize("除以√ d_k"));
    }

    @Test
    void clausesAndAsidesAreMarked() {
        assertThat(TextNormalizer.normalize("什么是RNN？请描述其特点。")).isEqualTo("什么是rnn|请描述其特点");
        assertThat(TextNormalizer.normalize("梯度膨胀（微调等）")).isEqualTo("梯度膨胀⟪微调等⟫");
    }

    @Test
    void anEmojiOrAParticleBeforeASpaceEndsASpokenSentence() {
        assertThat(TextNormalizer.normalize("过拟合咋办呀😭 每次都搞混")).isEqualTo("过拟合咋办呀|每次都搞混");
        assertThat(TextNormalizer.normalize("是啥意思啊 每次都搞混")).isEqualTo("是啥意思啊|每次都搞混");
        assertThat(TextNormalizer.normalize("到底是个啥 讲不清楚😵‍💫")).isEqualTo("到底是个啥|讲不清楚");
        assertThat(TextNormalizer.normalize("❤️好用")).isEqualTo("好用");
        // a keyword title's words stay one clause
        assertThat(TextNormalizer.normalize("推荐系统 冷启动 解决方案")).isEqualTo("推荐系统冷启动解决方案");
    }

    /** Found by {@link #isIdempotent}: a dropped space or mark brought 'x' between two digits on the second pass. */
    @Test
    void aDimensionSignNextToADigitOnlyAfterTidyingIsFoldedAtOnce() {
        for (String text : List.of("٠x0", "٠ x0", "٠\u200bx0", "٠-x0")) {
            assertThat(TextNormalizer.normalize(text)).as(text).isEqualTo("٠*0");
            assertThat(TextNormalizer.normalize("٠*0")).isEqualTo("٠*0");
        }
        // spaces between Latin words and numbers stay, so a spaced sign is not a dimension
        assertThat(TextNormalizer.normalize("1 x 2")).isEqualTo("1 x 2");
    }

    /** Found by {@link #isIdempotent}: a character the pass drops beside a digit brought a count to the second pass. */
    @Test
    void aCountNextToWhatThePassDropsIsReadOnce() {
        for (String text : List.of("连续2\u0001次", "20\u00015点", "a\u00015点", "x 5点", "5\u200b点", "(5)点")) {
            String once = TextNormalizer.normalize(text);
            assertThat(TextNormalizer.normalize(once)).as(text).isEqualTo(once);
        }
        assertThat(TextNormalizer.normalize("连续2\u0001次")).isEqualTo(TextNormalizer.normalize("连续两次"));
    }

    /** Counts among what the pass tidies away or spaces: random text would meet these few characters rarely. */
    @Property(tries = 3000)
    void countsAreReadOnce(@ForAll @Chars({'1', '2', '0', ' ', '.', 'a', 'x', '-', '次', '点', '两', '五', '\u0001',
        '\u200b', '(', '*'}) @StringLength(max = 12) String text) {
        String once = TextNormalizer.normalize(text);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }

    @Property(tries = 5000)
    void isIdempotent(@ForAll String text) {
        String once = TextNormalizer.normalize(text);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }

    @Test
    void anEnglishListsCommasPartNoClauses() {
        assertThat(TextNormalizer.normalize("What are pointwise, pairwise and listwise ranking?"))
                .isEqualTo("what are pointwise pairwise and listwise ranking");
        assertThat(TextNormalizer.normalize("Compare L1, L2 or elastic net.")).isEqualTo("compare l1 l2 or elastic net");
        // a comma before a second ask or a clause still parts them
        assertThat(TextNormalizer.normalize("What is dropout, and why does it help?"))
                .isEqualTo("what is dropout|and why does it help");
        assertThat(TextNormalizer.normalize("What is dropout, how is it used and why?"))
                .isEqualTo("what is dropout|how is it used and why");
    }

    @Test
    void cyrillicWordsAreWordsAndTheirCaseEndingsGo() {
        // dedup21: spaces stay between Cyrillic words, and a noun in any case is one word
        assertThat(TextNormalizer.normalize("Что такое кэш?")).isEqualTo("что так кэш");
        assertThat(TextNormalizer.normalize("кэша")).isEqualTo("кэш");
        assertThat(TextNormalizer.normalize("кэшем")).isEqualTo("кэш");
        assertThat(TextNormalizer.normalize("слой слои слоёв")).isEqualTo("сло сло сло");
        assertThat(TextNormalizer.normalize("сообщениями")).isEqualTo(TextNormalizer.normalize("сообщение"));
        assertThat(TextNormalizer.normalize("SSA-форма")).isEqualTo("ssa форм");
        // a short word keeps its letters; normalising a stem again changes nothing
        assertThat(TextNormalizer.normalize("чем")).isEqualTo("чем");
        assertThat(TextNormalizer.normalize(TextNormalizer.normalize("сообщениями"))).isEqualTo("сообщен");
    }

    @Test
    void germanSharpSIsDoubleS() {
        assertThat(TextNormalizer.normalize("Größe")).isEqualTo(TextNormalizer.normalize("Grösse")).isEqualTo("grosse");
    }

    @Test
    void greekWordsAreWordsWithoutAccentsOrCaseEndings() {
        // dedup23: spaces stay between Greek words; tonos and final sigma fold; a noun in any case is one word
        assertThat(TextNormalizer.normalize("Τι είναι το CDN;")).isEqualTo("τι ειν το cdn");
        assertThat(TextNormalizer.normalize("διαφορά")).isEqualTo(TextNormalizer.normalize("διαφοράς"))
                .isEqualTo(TextNormalizer.normalize("ΔΙΑΦΟΡΑ")).isEqualTo("διαφορ");
        assertThat(TextNormalizer.normalize("ρόλος ρόλου ρόλο")).isEqualTo("ρολ ρολ ρολ");
        // a letter alone is a symbol's name and stays one ("λ", "σ")
        assertThat(TextNormalizer.normalize("λ σ")).isEqualTo("λ σ");
        assertThat(TextNormalizer.normalize(TextNormalizer.normalize("συντομος"))).isEqualTo("συντομ");
    }

    @Test
    void hebrewArabicAndDevanagariWordsAreWords() {
        // dedup24: spaces stay between Hebrew, Arabic and Devanagari words; Hebrew final letters fold, its one-letter
        // prefixes go and its "and" is a word of its own; Arabic's article goes (with a preposition or "and" glued
        // to it), as do its points and tatweel; Devanagari's nukta goes and chandrabindu is anusvara
        assertThat(TextNormalizer.normalize("מה ההבדל בין LSTM ל-GRU?")).isEqualTo("מה בדל בינ lstm ל gru");
        assertThat(TextNormalizer.normalize("ולמה")).isEqualTo("ו למה");
        assertThat(TextNormalizer.normalize("ما الفرق بين LSTM و GRU؟")).isEqualTo("ما فرق بين lstm و gru");
        assertThat(TextNormalizer.normalize("الفرق")).isEqualTo(TextNormalizer.normalize("بالفرق"))
                .isEqualTo(TextNormalizer.normalize("الفَرْق")).isEqualTo(TextNormalizer.normalize("الفـــرق"));
        assertThat(TextNormalizer.normalize("والقائمة")).isEqualTo("و قايمه");
        assertThat(TextNormalizer.normalize("dropout क्या है?")).isEqualTo("dropout क्या है");
        assertThat(TextNormalizer.normalize("ज़रूरी")).isEqualTo(TextNormalizer.normalize("जरूरी"));
        assertThat(TextNormalizer.normalize("माँगता")).isEqualTo(TextNormalizer.normalize("मांगता"));
        // a Hebrew acronym's gershayim and a geresh are inside the word
        assertThat(TextNormalizer.normalize("אג\"ח")).isEqualTo(TextNormalizer.normalize("אג״ח")).isEqualTo("אגח");
        // normalising normalised text changes nothing, a doubled "and" letter included
        for (String text : new String[] {"ווידאו", "הוידאו", "והבדל", "وللوصول", "ما هي الـ CNN؟"}) {
            String once = TextNormalizer.normalize(text);
            assertThat(TextNormalizer.normalize(once)).as(text).isEqualTo(once);
        }
    }

    @Test
    void bengaliAndTamilWordsAreWords() {
        // dedup25: spaces stay between Bengali and Tamil words and a case word hyphenated onto an English term is a
        // word of its own; Bengali's nukta goes (NFKC parts "য়" into the letter and the nukta), chandrabindu is
        // anusvara, the zero-width joiners go, Bengali and Tamil digits are digits
        assertThat(TextNormalizer.normalize("LSTM এবং GRU-এর মধ্যে পার্থক্য কী?")).isEqualTo("lstm এবং gru এর মধ্যে পার্থক্য কী");
        assertThat(TextNormalizer.normalize("RNN-இல் dropout என்றால் என்ன?")).isEqualTo("rnn இல் dropout என்றால் என்ன");
        assertThat(TextNormalizer.normalize("হয়")).isEqualTo(TextNormalizer.normalize("হয\u09BC"))
                .isEqualTo(TextNormalizer.normalize("হয"));
        assertThat(TextNormalizer.normalize("চাঁদ")).isEqualTo(TextNormalizer.normalize("চাংদ"));
        assertThat(TextNormalizer.normalize("র\u200D্য")).isEqualTo(TextNormalizer.normalize("র্য"));
        assertThat(TextNormalizer.normalize("১০০%")).isEqualTo(TextNormalizer.normalize("100%"));
        assertThat(TextNormalizer.normalize("௧௦")).isEqualTo("10");
        assertThat(TextNormalizer.hasUnreadLetters(TextNormalizer.normalize("dropout কী?"))).isFalse();
        assertThat(TextNormalizer.hasUnreadLetters(TextNormalizer.normalize("dropout என்றால் என்ன?"))).isFalse();
    }

    @Test
    void aListBeforeHungarianUkrainianOrBengaliAndIsOneClause() {
        // dedup25: "SPF, DKIM és DMARC" lists as "SPF, DKIM and DMARC" does; a comma before a second ask still parts
        assertThat(TextNormalizer.normalize("SPF, DKIM és DMARC")).isEqualTo("spf dkim es dmarc");
        assertThat(TextNormalizer.normalize("SPF, DKIM і DMARC")).isEqualTo("spf dkim і dmarc");
        assertThat(TextNormalizer.normalize("SPF, DKIM এবং DMARC")).isEqualTo("spf dkim এবং dmarc");
        assertThat(TextNormalizer.normalize("Mi a DMARC, és hogyan működik?")).isEqualTo("mi a dmarc|es hogyan mukodik");
        assertThat(TextNormalizer.normalize("Mi a DMARC, és miért kell?")).isEqualTo("mi a dmarc|es miert kell");
    }

    @Test
    void hungarianCaseEndingsAfterATermsHyphenGo() {
        // dedup25: "GDPR-ben", "a DNS-t", "React-nek": Hungarian hyphenates a case ending onto an acronym or a name
        assertThat(TextNormalizer.normalize("Mit jelent a DNS-t a GDPR-ben?")).isEqualTo("mit jelent a dns a gdpr");
        assertThat(TextNormalizer.normalize("a React-nek és a Vue-nál")).isEqualTo("a react es a vue");
        // English hyphenations keep their parts
        for (String word : new String[] {"top-k", "top-n", "add-on", "end-to-end", "k-means", "multi-i", "re-rank"}) {
            assertThat(TextNormalizer.normalize(word)).isEqualTo(word.replace('-', ' '));
        }
    }

    @Test
    void finnishCaseEndingsAfterATermsColonGo() {
        // dedup24: "UTF-8:lla", "FFT:tä", "51 %:n": Finnish inflects a term after a colon
        assertThat(TextNormalizer.normalize("Mitä eroa on UTF-8:lla ja UTF-16:lla?"))
                .isEqualTo("mita eroa on utf 8 ja utf 16");
        assertThat(TextNormalizer.normalize("ennen FFT:tä")).isEqualTo("ennen fft");
        // a label's colon and a note are left as they were
        assertThat(TextNormalizer.normalize("题目：a2c")).isEqualTo("题目|a2c");
        assertThat(TextNormalizer.normalize("note:see")).isEqualTo("note|see");
    }

    @Test
    void thaiRunsAreCutIntoWords() {
        // dedup23: Thai writes no spaces between words; the JDK's Thai word breaker puts them in, Thai runs only
        assertThat(TextNormalizer.normalize("BGP คืออะไรและทำงานอย่างไร"))
                .isEqualTo(TextNormalizer.normalize("BGP คือ อะไร และ ทำงาน อย่างไร"));
        assertThat(TextNormalizer.normalize("DAG ใน Airflow คืออะไร")).isEqualTo("dag ใน airflow คือ อะไร");
        // Chinese and Latin text are left as they were
        assertThat(TextNormalizer.normalize("什么是dropout")).isEqualTo("什么是dropout");
    }

    @Test
    void ukrainianLettersAreWordLetters() {
        assertThat(TextNormalizer.normalize("Яка різниця між SPF і DKIM?")).isEqualTo("яка різниц між spf і dkim");
        assertThat(TextNormalizer.normalize("Що таке ґанок?")).isEqualTo("що так ґанок");
    }

    @Test
    void lettersOfScriptsReadOneByOneAreTold() {
        assertThat(TextNormalizer.hasUnreadLetters(TextNormalizer.normalize("SPF మరియు DKIM మధ్య తేడా ఏమిటి?"))).isTrue();
        assertThat(TextNormalizer.hasUnreadLetters(TextNormalizer.normalize("Ինչ է dropout-ը?"))).isTrue();
        for (String read : new String[] {"什么是dropout", "ما هو dropout؟", "מה זה dropout?", "dropout क्या है?", "Что такое кэш?", "Τι είναι το CDN;", "BGP คืออะไร",
                "ドロップアウトとは", "드롭아웃이란?", "Tại sao dùng dropout?", "Größe ½ µ", "SPF এবং DKIM-এর মধ্যে পার্থক্য কী?",
                "SPF மற்றும் DKIM இடையே உள்ள வேறுபாடு என்ன?"}) {
            assertThat(TextNormalizer.hasUnreadLetters(TextNormalizer.normalize(read))).as(read).isFalse();
        }
    }

    @Test
    void thaiAfterTextThatNormalisingShortens() {
        // decomposed accents before the Thai run compose into fewer characters: the Thai letter moves left
        assertThat(TextNormalizer.normalize("e\u0301e\u0301e\u0301 คืออะไร")).isEqualTo("eee คือ อะไร");
        // and when the Thai letter was the last, its raw index lay past the end of the normalised text
        assertThat(TextNormalizer.normalize("e\u0301e\u0301ก")).isEqualTo(TextNormalizer.normalize("\u00e9\u00e9ก"));
    }

    @Property(tries = 2000)
    void isIdempotentOnBengaliAndTamil(@ForAll @net.jqwik.api.constraints.Chars({'ক', 'য', '\u09BC', 'ড', 'ং', '\u0981',
            '\u09CD', 'া', 'ৎ', '১', '\u200D', '\u200C', 'த', '\u0BCD', 'ா', '௧', '-', ' ', 'a', 'n', 'b'}) String text) {
        String once = TextNormalizer.normalize(text);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void isIdempotentOnHebrewAndArabic(@ForAll @net.jqwik.api.constraints.Chars({'ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ', 'ך',
            'ם', 'א', 'ד', 'و', 'ا', 'ل', 'ب', 'ك', 'ف', 'ق', 'ة', '\u064E', '\u0640', ' ', 'a', '"'}) String text) {
        String once = TextNormalizer.normalize(text);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void isIdempotentOnThai(@ForAll @net.jqwik.api.constraints.CharRange(from = '\u0E01', to = '\u0E5B')
            @net.jqwik.api.constraints.Chars({' ', 'a', '?'}) String text) {
        String once = TextNormalizer.normalize(text);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }

    @Test
    void persianLettersAndDigitsReadAsArabicOnes() {
        // dedup26: Persian's yeh and kaf are Arabic's letters drawn another way; its digits are digits
        assertThat(TextNormalizer.normalize("کتابخانه یک")).isEqualTo(TextNormalizer.normalize("كتابخانه يك"));
        assertThat(TextNormalizer.normalize("فرم ۲NF")).isEqualTo(TextNormalizer.normalize("فرم 2NF"));
        for (String text : List.of("۰x0", "۰ x0", "۰-x0", "۲,۴ GHz")) {
            String once = TextNormalizer.normalize(text);
            assertThat(TextNormalizer.normalize(once)).as(text).isEqualTo(once);
        }
        // its zero-width non-joiner parts the verb prefix and the plural from the word, as a space does
        assertThat(TextNormalizer.normalize("می\u200cکند")).isEqualTo(TextNormalizer.normalize("می کند"));
    }

    @Test
    void aDecimalCommaIsThePointAndAThousandsCommaStays() {
        // dedup26: "2,4 GHz" as Norwegian and German write "2.4 GHz"; "1,000" keeps its thousands separator
        assertThat(TextNormalizer.normalize("Hva er 2,4 GHz")).isEqualTo(TextNormalizer.normalize("Hva er 2.4 GHz"));
        assertThat(TextNormalizer.normalize("p = 0,05")).isEqualTo(TextNormalizer.normalize("p = 0.05"));
        assertThat(TextNormalizer.normalize("1,000 rows")).isNotEqualTo(TextNormalizer.normalize("1.000 rows"));
    }
}
