package dev.qbank.importers;

import java.util.regex.Pattern;

/**
 * The topic a section heading names. Banks decorate their section titles with the part's number and a count of its
 * questions ({@code 一、基础（共3题）}, {@code 第二部分：CNN (2题)}, {@code Transformer【5题】},
 * {@code Part 1: Basics (3 questions)}), and an interview round with its length ({@code 一面（1h）}); the topic is
 * the name alone, so that the same part in two banks, or in a
 * bank edited to hold one more question, files its questions under one topic. The heading as written stays in the
 * source's {@code section}.
 */
public final class SectionTitle {
    private static final String NUMBER = PartNumber.NUMBER;
    /**
     * {@code 一、}, {@code 2.}, {@code (3)}, {@code 第二部分：}, {@code Part 1:} (see {@link PartNumber}): a part's number
     * before its name.
     */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:(?:" + NUMBER + ")[ \\t\\u3000]*[、.．)）](?![0-9０-９])"
            + "|[(（][ \\t]*(?:" + NUMBER + ")[ \\t]*[)）]"
            + "|(?:" + PartNumber.WORDS + ")" + PartNumber.SEPARATOR + ")[ \\t\\u3000]*");
    /**
     * The blanks before a title's count or duration, searched for at the end of the title: taken whole and from the
     * first blank of a run only, or the search tries every blank of a long run over again (quadratic in the run).
     */
    private static final String RUN_START = "(?<![ \\t\\u3000])[ \\t\\u3000]*+";
    /**
     * {@code （共3题）}, {@code (3题)}, {@code 【5道】}, {@code [3 questions]}, {@code - 共12题}: how many questions it holds;
     * also an exam paper's count and marks, {@code （共 4 题，每题 10 分）}.
     */
    private static final Pattern COUNT = Pattern.compile(RUN_START + "(?:"
            + "[(（【\\[][ \\t]*(?:共|计|合计)?[ \\t]*(?:" + NUMBER + ")[ \\t]*(?:道题?|个问题|题|问|(?i:questions?|qs?))"
            + "[ \\t]*[)）】\\]]"
            + "|[-—–:：,，]?[ \\t\\u3000]*共[ \\t]*(?:" + NUMBER + ")[ \\t]*道?题"
            // an exam paper's count and marks: "（共 4 题，每题 10 分）", "（每题5分，共20分）", "（20 分）"
            + "|[(（][ \\t]*(?:(?:共|计|合计|每(?:小)?题|每道题?)?[ \\t]*(?:" + NUMBER + ")[ \\t]*(?:道题?|题|小题|分)[ \\t]*[，,；;、]?[ \\t]*){1,3}[)）])$");

    /**
     * {@code （1h）}, {@code (40min)}, {@code （约 45 分钟）}: how long an interview round took, which a write-up's round
     * headings carry ({@code 一面（1h）}); the round is the topic.
     */
    private static final Pattern DURATION = Pattern.compile(RUN_START + "[(（【\\[][ \\t]*(?:约|大约|大概|~)?[ \\t]*"
            + "[0-9０-９]{1,3}(?:\\.[0-9])?[ \\t]*(?:h|hr|hrs|hours?|min|mins|minutes?|分钟|小时|分)(?:[ \\t]*左右)?[ \\t]*"
            + "[)）】\\]]$", Pattern.CASE_INSENSITIVE);

    private SectionTitle() {
    }

    /**
     * A heading that only introduces the page: {@code 前言}, {@code 引言}, {@code 简介}, {@code 写在前面},
     * {@code Introduction}, {@code Preface}, {@code About} ({@code About this repo}), maybe numbered ({@code 一、前言})
     * or with a colon.
     */
    private static final Pattern INTRODUCTION = Pattern.compile(
            "(?:前言|引言|序言|导语|简介|写在前面|写在开头|(?i:introduction|intro|preface|foreword"
                    + "|about(?:[ \\t]+this[ \\t]+(?:repo|repository|list|guide|document|page))?))[ \\t]*[:：]?");

    /**
     * Whether the heading only introduces the page ({@code 前言}, {@code Introduction}, see {@link #INTRODUCTION}):
     * it is no question's section, in every importer that reads headings as sections; the questions under or after
     * it are in the section over it, if any (an introduction holding questions is still the page's opening, not a
     * topic two banks would share).
     */
    public static boolean introduces(String title) {
        if (title.length() > 40) {
            return false; // cheap: a long heading names more than an introduction
        }
        String name = LEADING_NUMBER.matcher(title.strip()).replaceFirst("");
        return name.length() <= 24 && INTRODUCTION.matcher(name).matches();
    }

    /** The section's name without its number and question count; the title as it was when nothing else is left. */
    public static String topic(String title) {
        if (title == null) {
            return null;
        }
        String t = DURATION.matcher(COUNT.matcher(title.strip()).replaceFirst("")).replaceFirst("");
        String name = LEADING_NUMBER.matcher(t).replaceFirst("").strip();
        if (!name.isEmpty()) {
            t = name;
        }
        return t.isBlank() ? title.strip() : t.strip();
    }
}
