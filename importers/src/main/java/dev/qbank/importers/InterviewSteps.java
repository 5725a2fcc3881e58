package dev.qbank.importers;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps of an interview that a write-up (面经) lists among its questions: "1. 自我介绍", "6. 反问". They are
 * what happened, not a question a learner can study, and an item that is only such a step (nothing under it) is left
 * out with a warning. The list is small and the match whole (after a duration in brackets, {@code 自我介绍（5min）},
 * and end punctuation): "手撕：反转链表" is a task and stays, and so does "反问：部门做什么业务", which says what
 * was asked, and "自我介绍+项目".
 */
public final class InterviewSteps {
    private static final Set<String> STEPS = Set.of(
            "自我介绍", "自我介绍一下", "做个自我介绍", "做一下自我介绍", "简单自我介绍", "简单的自我介绍",
            "反问", "反问环节", "反问面试官", "面试官反问", "提问环节", "你有什么想问我的", "你有什么要问我的",
            "你有什么问题要问我吗", "有什么想问的", "有什么要问的", "闲聊", "寒暄",
            // the candidate's own projects: what they did, no question another learner can study
            "项目深挖", "深挖项目", "聊项目", "问项目", "项目介绍", "介绍项目", "介绍一下项目", "项目经历", "聊实习", "实习经历",
            "介绍实习经历", "介绍一下实习经历", "介绍实习", "聊聊实习", "聊聊项目", "聊聊实习经历",
            "self introduction", "selfintroduction", "introduce yourself", "tell me about yourself",
            "do you have any questions for me", "any questions for me", "questions for the interviewer",
            "reverse questions");
    /** A duration or a note in brackets after the step: {@code （5min）}, {@code (10分钟)}, {@code 【略】}. */
    private static final Pattern BRACKETED = Pattern.compile("[(（【\\[][^)）】\\]]{0,12}[)）】\\]]\\s*$");
    private static final Pattern END_PUNCTUATION = Pattern.compile("(?<![\\s\\p{P}])[\\s\\p{P}]++$");

    /**
     * A coding task set in the interview ({@code 手撕：LRU 缓存}, {@code 算法题：两数之和}), or a design task as
     * system-design checklists list them ({@code Design a URL shortener.}, {@code Implement an LRU cache},
     * {@code 设计一个秒杀系统}): asks as a question does. Without an article the task names a product or an acronym,
     * in capitals ({@code Design YouTube.}, {@code Implement LRU cache}): {@code Design patterns}, a topic, does not ask.
     */
    private static final Pattern TASK = Pattern.compile("^(?:手撕|手写|算法题|代码题|编程题|笔试题|设计一个"
            + "|(?:Design|Implement)[ \\t]+(?:(?:a|an|the)[ \\t]+\\S|\\p{Lu}))");

    /**
     * A step, then after a comma how it went ({@code 自我介绍，讲了二十分钟项目}, {@code 反问，面试官说我基础不太扎实},
     * {@code 项目经历，问了很多细节}): still only the step. A remark that asks or names something
     * ({@code 介绍项目，为什么用 CLIP 而不是 BLIP}, {@code 项目经历，讲讲召回怎么做}) keeps the item a question.
     */
    private static final Pattern STEP_AND_REMARK = Pattern.compile("^([^，,]{2,12})[，,][ \\t]*(.+)$");
    private static final Pattern ASKING_REMARK = Pattern.compile(
            "[？?]|" + AskingText.QUESTION_WORDS + "|原理|多少|讲一?讲|讲一下|说一?说|说一下|谈谈|"
                    + "介绍一?下|手撕|手写|实现|(?i:what|why|how|explain)");

    private InterviewSteps() {
    }

    /** Whether a question's text sets a coding task, which a write-up lists among what was asked. */
    public static boolean isTask(String question) {
        return TASK.matcher(question.strip()).find();
    }

    /** Whether a question's whole text is a step of the interview, alone or with a remark on how it went. */
    public static boolean is(String question) {
        String s = Normalizer.normalize(question, Normalizer.Form.NFKC).strip();
        Matcher remark = STEP_AND_REMARK.matcher(s);
        if (remark.matches() && !ASKING_REMARK.matcher(remark.group(2)).find() && step(remark.group(1))) {
            return true;
        }
        return step(s);
    }

    private static boolean step(String s) {
        s = BRACKETED.matcher(s).replaceFirst("");
        s = END_PUNCTUATION.matcher(s).replaceFirst("").toLowerCase(Locale.ROOT).replace('-', ' ')
                .replaceAll("\\s+", " ");
        return STEPS.contains(s);
    }
}
