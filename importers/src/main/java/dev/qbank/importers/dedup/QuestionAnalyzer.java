package dev.qbank.importers.dedup;

import dev.qbank.model.Question;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what a question asks: normalises it, drops boilerplate, then walks it once from left to right taking at
 * each position the longest glossary term or ask phrase (a term wins a tie: "计算图" is a concept, not the ask
 * "计算"). Terms become concepts; ask phrases give each clause its kind; what is left is the residual.
 */
public final class QuestionAnalyzer {
    /**
     * One shared String per common Han character, filled on first use: residual words are mostly single Han
     * characters, and this spares a new string for each. (A race only makes two equal strings, which is harmless.)
     */
    private static final String[] HAN = new String[0x9FFF - 0x4E00 + 1];

    private static String charString(char c) {
        if (c < 0x4E00 || c > 0x9FFF) {
            return String.valueOf(c);
        }
        String s = HAN[c - 0x4E00];
        if (s == null) {
            s = String.valueOf(c);
            HAN[c - 0x4E00] = s;
        }
        return s;
    }

    private final Glossary glossary;
    private final AskFraming framing;
    private final DeclaredNames declaredNames;
    /** Numbers for the words of every profile this analyzer makes; profiles are compared by number. */
    private final Vocabulary vocabulary = new Vocabulary();

    public QuestionAnalyzer(Glossary glossary) {
        this.glossary = glossary;
        this.framing = new AskFraming(glossary);
        this.declaredNames = new DeclaredNames(glossary);
        // numbered now, in the glossary's order: words are otherwise numbered as first seen, which on several
        // threads is no fixed order (the numbers order residual words for display)
        for (String w : glossary.equivalentWords()) {
            vocabulary.id(w);
        }
    }

    public Glossary glossary() {
        return glossary;
    }

    /**
     * Every phrasing dedup compares of a question: its text and its aliases, and each read with either name alone
     * when it declares two names of one concept in brackets ({@link DeclaredNames}: "什么是稀疏门控路由（SGR）" is also
     * "什么是稀疏门控路由" and "什么是SGR").
     */
    public List<String> phrasings(Question q) {
        List<String> out = new ArrayList<>(Decisions.phrasings(q));
        for (String text : Decisions.phrasings(q)) {
            for (String reading : declaredNames.readings(text)) {
                if (!out.contains(reading)) {
                    out.add(reading);
                }
            }
        }
        return out;
    }

    /** The readings of a name {@code text} declares in brackets, or none (see {@link #phrasings}). */
    List<String> readings(String text) {
        return declaredNames.readings(text);
    }

    /** The profile of {@code text}; thread-safe (imports profile questions on several threads ahead of merging). */
    public QuestionProfile profile(String text) {
        text = zeroOptimizerNamed(text);
        String norm = TextNormalizer.normalize(text);
        // exam labels, interview leads, follow-ups and context sentences say nothing about what is asked
        AskFraming.Framed framed = framing.frame(text, norm);
        // "FasterRCNN", "KVCache": a name of several words run together is read as those words
        String s = asidesAfterTheirTerms(stripBoilerplate(glossary.spaceJoinedNames(framed.question())));
        SortedWords concepts = new SortedWords();
        SortedWords main = new SortedWords();
        // which clause each concept of main was named in (a setting only counts beside its subject in one clause)
        Mentions mentions = new Mentions();
        // the first markers of a direction (see Markers), found where no term is
        Markers markers = new Markers();
        boolean[] aside = asides(s);
        List<EnumSet<AskKind>> clauseKinds = new ArrayList<>();
        List<StringBuilder> clauseRest = new ArrayList<>();
        EnumSet<AskKind> kinds = EnumSet.noneOf(AskKind.class);
        StringBuilder rest = new StringBuilder();
        String previousTerm = null;
        // Bit k: clause k has a fix verb right after 要 ("must").
        long mustFix = 0;
        // Bit k: clause k asks "what problem(s)" or "what issue(s)" (with a fix verb: which problem something solves).
        long whatProblem = 0;
        // Bit k: clause k names a cause after a fix verb ("Dropout能够缓解过拟合的原因": why it fixes it).
        long fixBeforeCause = 0;
        // Bits k: clause k asks for common ones or kinds ("常见的", "types of"), and names a structure by the bare noun
        // ("结构", "网络结构"): together they list architectures ("常见的CNN结构有哪些"), not a thing's parts.
        long kindsOf = 0;
        long bareStructure = 0;
        // Bits k: clause k joins two names with a versus ("A vs B"), and clause k says a difference in words of its
        // own ("区别", "differ"): a versus with a choice ask and no such word asks which to pick ("RAG vs 微调怎么选")
        long versusJoin = 0;
        long differenceWord = 0;
        int previousTermStart = -1;
        int previousTermEnd = -1;
        // Where the last character kept as a residual word ended: an ask phrase right after one is a noun's tail.
        int residualEnd = -1;
        // Where the current run of residual characters started, in s and in rest (they are copied one for one).
        int runStart = -1;
        int runRestStart = -1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            // Looked up once per position (it was twice in asides): the trie walks are most of profiling's CPU.
            PhraseTrie.Hit<String> term = glossary.terms().longestAt(s, i);
            if (term != null && term.end() + 1 < s.length() && s.charAt(term.end()) == '的') {
                term = acrossDe(s, term);
            }
            if (aside[i] && term == null) {
                // an aside parts the words around it: "sqrt(d_k) in" is "sqrt" and "in", not "sqrtin"
                if (rest.length() > 0 && rest.charAt(rest.length() - 1) != ' ') {
                    rest.append(' ');
                }
                i++;
                continue;
            }
            int and = mayOpenAnd(c) ? joinsAnotherAsk(s, i) : 0;
            if (c == TextNormalizer.CLAUSE || and > 0) {
                i += and; // "and", then the space below
                clauseKinds.add(kinds);
                clauseRest.add(rest);
                kinds = EnumSet.noneOf(AskKind.class);
                rest = new StringBuilder();
                i++;
                continue;
            }
            PhraseTrie.Hit<AskKind> ask = glossary.asks().longestAt(s, i);
            if (term == null || ask != null && ask.end() > term.end()) {
                // a marker of direction, never one inside a term ("对比学习", "生成对抗网络")
                PhraseTrie.Hit<Integer> m = MARKERS.longestAt(s, i);
                if (m != null && m.value() > 0) {
                    markers.add(m, clauseKinds.size());
                }
            }
            if (term != null && (ask == null || term.end() >= ask.end())) {
                boolean adjacent = previousTerm != null && previousTermEnd == i;
                // "Adam优化器", "adam optimizer": a category right after its member (or one space after it) is the
                // member's head noun, not a concept.
                boolean headNoun = previousTerm != null
                        && (adjacent || previousTermEnd == i - 1 && s.charAt(i - 1) == ' ')
                        && glossary.isCategoryOf(term.value(), previousTerm);
                // "池化pool层": one concept spelled twice in a row; the narrower term says it all.
                boolean restated = adjacent && previousTerm.contains(term.value());
                // "决策树ID3", "激活函数ReLU": a category right before its member names the member only; "学习率warmup":
                // a term that begins a spelling of the next one ("学习率预热") is part of its name.
                boolean partOfNext = adjacent && !restated && !previousTerm.equals(term.value())
                        && (glossary.isCategoryOf(previousTerm, term.value())
                        || glossary.hasSpellingStartingWith(term.value(), s.substring(previousTermStart, i)));
                // "归一化批归一化", "门控门控循环单元": a term of its own written right before a term whose concept
                // holds it is taken into that concept, and is its modifier (see modifiers)
                String absorbed = null;
                if (adjacent && !restated && term.value().contains(previousTerm) || partOfNext) {
                    concepts.remove(previousTerm);
                    main.remove(previousTerm);
                    // not "学习率warmup" (the first term is part of the second's name), but "门控门控循环单元",
                    // where the second term's own text begins with the first word again
                    if (!partOfNext || s.startsWith(s.substring(previousTermStart, i), i)) {
                        absorbed = previousTerm;
                        mentions.removeLast(previousTerm);
                    }
                }
                if (restated && !aside[i] && s.substring(i, term.end()).contains(s.substring(previousTermStart, i))) {
                    // "蒸馏知识蒸馏": a spelling written again inside the next one is a word of its own, a modifier
                    // (a real restatement spells the concept two ways: "LSTM长短时记忆网络", "池化pool层")
                    mentions.absorbLast(previousTerm, s.substring(previousTermStart, i));
                }
                if (!headNoun && !restated) {
                    concepts.add(term.value());
                    if (!aside[i]) {
                        main.add(term.value());
                        mentions.add(term.value(), clauseKinds.size(),
                                previousTerm != null && joinedAsPeers(s, previousTermEnd, i), rest.length(), absorbed);
                    } else if (residualEnd == i - 1 && namesUnknownWord(s, i, term, runStart, rest, runRestStart)) {
                        main.add(term.value());
                        mentions.add(term.value(), clauseKinds.size(), false, rest.length());
                        // "梯度截取（gradient clipping）": a term just before the unknown word is part of its name
                        if (previousTerm != null && !previousTerm.equals(term.value()) && previousTermEnd >= 0
                                && previousTermEnd == unknownNameStart(s, i - 1, runStart)) {
                            concepts.remove(previousTerm);
                            main.remove(previousTerm);
                        }
                    }
                    if (residualEnd == i && runStart >= 0) {
                        String shared = sharedHead(s, runStart, i, term, rest, runRestStart);
                        if (shared != null) {
                            concepts.add(shared);
                            if (!aside[i]) {
                                main.add(shared);
                                mentions.add(shared, clauseKinds.size(), false, rest.length());
                            }
                        }
                    }
                }
                previousTerm = term.value();
                previousTermStart = i;
                previousTermEnd = term.end();
                rest.append(' ');
                i = term.end();
                HeadFirst second = headNoun || restated ? null : secondAfterItsHead(s, previousTermStart, term);
                if (second != null) {
                    concepts.add(second.term());
                    if (!aside[previousTermStart]) {
                        main.add(second.term());
                        mentions.add(second.term(), clauseKinds.size(), false, rest.length());
                    }
                    rest.append(" ".repeat(second.end() - i));
                    previousTerm = second.term();
                    previousTermStart = i;
                    previousTermEnd = second.end();
                    i = second.end();
                }
            } else if (aside[i]) {
                i++;
            } else if (ask != null && !endsCompoundNoun(s, i, residualEnd, ask)
                    && !(previousTermEnd == i && isMethodNoun(s, ask))) {
                if (ask.value() == AskKind.CAUSE && kinds.contains(AskKind.FIX)
                        && (mustFix & 1L << Math.min(clauseKinds.size(), 63)) == 0) {
                    fixBeforeCause |= 1L << Math.min(clauseKinds.size(), 63);
                }
                kinds.add(ask.value());
                // the phrase is cut out only for these two kinds: this runs for every ask of every question
                if (ask.value() == AskKind.LIST && KINDS_OF.contains(s.substring(i, ask.end()))) {
                    kindsOf |= 1L << Math.min(clauseKinds.size(), 63);
                } else if (ask.value() == AskKind.COMPONENTS && BARE_STRUCTURE.contains(s.substring(i, ask.end()))) {
                    bareStructure |= 1L << Math.min(clauseKinds.size(), 63);
                }
                if (ask.value() == AskKind.FIX && i > 0 && s.charAt(i - 1) == '要') {
                    mustFix |= 1L << Math.min(clauseKinds.size(), 63); // "为什么要防止过拟合": why it is needed
                } else if (ask.value() == AskKind.PROBLEMS
                        && (s.startsWith("what problem", i) || s.startsWith("which problem", i)
                            || s.startsWith("what issue", i) || s.startsWith("which issue", i))) {
                    whatProblem |= 1L << Math.min(clauseKinds.size(), 63);
                }
                boolean versus = isVersus(s, ask);
                if (ask.value() == AskKind.DIFFERENCE) {
                    // "rag vs微调" too: the normaliser drops the space between Latin and Han, which isVersus needs
                    if (versus || ask.end() - i == 2 && s.startsWith("vs", i)
                            || ask.end() - i == 6 && s.startsWith("versus", i)) {
                        versusJoin |= 1L << Math.min(clauseKinds.size(), 63);
                    } else {
                        differenceWord |= 1L << Math.min(clauseKinds.size(), 63);
                    }
                }
                if (versus) {
                    // "L1 vs L2正则", "top-k vs top-p采样": the ask joins two names like 和 does, so the words around
                    // it stay one run (sharedHead reads the first name's head off the second); blanks, no word
                    if (residualEnd != i) {
                        runStart = i;
                        runRestStart = rest.length();
                    }
                    rest.append(" ".repeat(ask.end() - i));
                    i = ask.end();
                    residualEnd = i;
                    continue;
                }
                rest.append(' ');
                i = ask.end();
            } else if (ask != null) {
                if (residualEnd != i) {
                    runStart = i;
                    runRestStart = rest.length();
                }
                rest.append(s, i, ask.end());
                i = ask.end();
                residualEnd = i;
            } else {
                if (residualEnd != i) {
                    runStart = i;
                    runRestStart = rest.length();
                }
                rest.append(c);
                i++;
                residualEnd = i;
            }
        }
        clauseKinds.add(kinds);
        clauseRest.add(rest);

        int primaryClause = -1;
        EnumSet<AskKind> all = EnumSet.noneOf(AskKind.class);
        for (int k = 0; k < clauseKinds.size(); k++) {
            all.addAll(clauseKinds.get(k));
            if (primaryClause < 0 && !clauseKinds.get(k).isEmpty()) {
                primaryClause = k;
            }
        }
        // a question stating no ask is a definition, unless its label said otherwise ("编程题：NMS" asks for code)
        AskKind stated = framed.hint() != null ? framed.hint() : AskKind.DEFINITION;
        AskKind primary = primaryClause < 0 ? stated : clauseKinds.get(primaryClause).iterator().next();
        // "为什么Transformer需要位置编码" / "Why does word2vec use negative sampling?": a why whose clause also says
        // need/use/introduce asks what the thing is for, like "为什么需要X" (a purpose phrase when written together).
        // "Why discretize continuous features?": a bare verb right after "why" (no does/is/can) asks why one does
        // it, the purpose of doing it, like "为什么要对连续特征进行离散化"
        // "决策树为啥要剪枝" (要, must) asks what pruning is for, like "决策树为什么需要剪枝"; not "为什么要防止过拟合",
        // a must before a fix verb (why it is needed, see mustFix)
        // "KV cache — why?", "Mixed precision — why loss scaling?": a flashcard's bare why after (or before) nothing
        // but names asks why one uses the thing, like "为什么需要KV cache"
        boolean whyPurpose = primary == AskKind.WHY && (hasPurposeVerb(clauseRest.get(primaryClause).toString())
                && (mustFix & 1L << Math.min(primaryClause, 63)) == 0 || whyWithABareVerb(s) || bareWhy(s)
                || vietnameseWhyNeed(s));
        if (whyPurpose) {
            primary = AskKind.PURPOSE;
            all.add(AskKind.PURPOSE);
        } else if (primary == AskKind.WHY && clauseKinds.get(primaryClause).contains(AskKind.FIX)
                && (mustFix & 1L << Math.min(primaryClause, 63)) == 0) {
            // "LSTM为什么能缓解梯度消失" / "Why does dropout reduce overfitting?" ask how it fixes it, as "LSTM如何解决
            // 梯度消失" does; not "为什么要防止过拟合" (why one must).
            primary = AskKind.FIX;
        } else if (primary == AskKind.CAUSE && (fixBeforeCause & 1L << Math.min(primaryClause, 63)) != 0) {
            // "简述Dropout能够缓解过拟合的原因" asks why it fixes it, as "Dropout为什么能缓解过拟合" does; not "过拟合的
            // 原因及解决方法" (the fix comes after: a follow-on ask), nor "过拟合的原因" (a cause, which the labels keep
            // apart from "如何防止过拟合")
            primary = AskKind.FIX;
        } else if (primary == AskKind.CAUSE && reasonForADesignStep(clauseRest.get(primaryClause).toString())) {
            // "请解释Encoder-Decoder中加入attention的原因" asks why one adds attention, what it is for, as "为什么要引入
            // 注意力机制" does; not "使用Adam出现不收敛的原因" (words between the verb and the reason: what happens)
            primary = AskKind.PURPOSE;
            all.add(AskKind.PURPOSE);
        } else if (primary == AskKind.FIX && (whatProblem & 1L << Math.min(primaryClause, 63)) != 0) {
            // "What problem does batch normalization solve?" asks what BN is for, as "BN解决了什么问题" does
            primary = AskKind.PURPOSE;
            all.add(AskKind.PURPOSE);
        }
        if (primary == AskKind.DIFFERENCE && clauseKinds.get(primaryClause).contains(AskKind.CHOICE)
                && (versusJoin & ~differenceWord & 1L << Math.min(primaryClause, 63)) != 0) {
            // "RAG vs 微调怎么选" asks which of the two to pick, as "RAG和微调如何选择" does: the versus only joins the
            // names; not "A和B的区别及如何选择", which says the difference in words of its own
            primary = AskKind.CHOICE;
        }
        if (primary == AskKind.COMPONENTS && (kindsOf & bareStructure & 1L << Math.min(primaryClause, 63)) != 0) {
            // "常见的神经网络结构有哪些" / "神经网络有哪些常用模型结构" list the architectures there are, as "CNN有哪些经典
            // 模型" does; not "神经网络由哪些部分组成" (a thing's parts), nor "CNN有哪些结构" (no "common" or "kinds")
            primary = AskKind.LIST;
        }
        if (primary == AskKind.DEFINITION && primaryClause < 0 && framed.hint() == null && bareHow(s)) {
            // "Classifier-free guidance — how?": a flashcard's bare how asks how the thing works
            primary = AskKind.PRINCIPLE;
            all.add(AskKind.PRINCIPLE);
        } else if (primary == AskKind.DEFINITION && primaryClause < 0 && framed.hint() == null && passiveHow(s)) {
            // "How is CLIP trained?", "How are word vectors learned?": how a thing is done, as "CLIP的训练方式" and
            // "How do you train CLIP?" ask; no ask phrase was found, so it is no "how is it different"
            primary = AskKind.HOWTO;
            all.add(AskKind.HOWTO);
        } else if (primary == AskKind.DEFINITION && primaryClause < 0 && framed.hint() == null && whatThereAre(s)) {
            // "What methods are there to extend the context window?", "What PEFT methods do you know?": the kinds
            // there are, as "有哪些方法" and "What are some PEFT methods?" ask
            primary = AskKind.LIST;
            all.add(AskKind.LIST);
        }
        if (primary == AskKind.DEFINITION && (primaryClause < 0 && asksWhatItDoes(afterPlace(s)) || asksWhatItIsFor(s, " for"))
                || primary == AskKind.APPLICATION && asksWhatItIsFor(s, " used for")) {
            // "What does the temperature parameter do?" asks what it is for, like "what does it do"; so does "What
            // is the target network in DQN for?"; and "What are 1x1 convolutions used for?", as "1x1卷积有什么用"
            primary = AskKind.PURPOSE;
            all.add(AskKind.PURPOSE);
        }
        if (all.isEmpty()) {
            all.add(stated);
        }
        // "在K均值聚类中，如何选取K": a clause that only places the question ("在X中", "in X") counts as one with the
        // next, so X can be the setting of what that clause names, as in "K均值聚类中如何选取K"
        for (int k = 0; k + 1 < clauseRest.size(); k++) {
            if (clauseKinds.get(k).isEmpty() && isLocativeFrame(clauseRest.get(k))) {
                mentions.placesTheNext(k);
            }
        }
        int lastClause = primaryClause < 0 ? clauseRest.size() - 1 : primaryClause;
        ResidualWords residual = new ResidualWords();
        SortedWords resolved = new SortedWords();
        int marker = markers.direction(s, lastClause);
        if (primary == AskKind.PROPERTIES && marker != NO_MARKER && marker != NEUTRAL_FRAME
                && mentions.namedIn(primaryClause) >= 2) {
            // "What are the advantages of ReLU over sigmoid?": advantages judged against another concept compare the
            // two, as "ReLU相比sigmoid有什么优势" does (the direction still tells "A over B" from "B over A")
            primary = AskKind.DIFFERENCE;
            all.add(AskKind.DIFFERENCE);
        }
        if (primary == AskKind.APPLICATION && markers.prefersIn(primaryClause) && mentions.namedIn(primaryClause) >= 2) {
            // "When should you use RAG instead of fine-tuning?", "什么情况下应该使用A而不是B": when to prefer one of two
            // is which to pick, as "A和B如何选择" asks (the direction still tells "A instead of B" from "B instead of A")
            primary = AskKind.CHOICE;
            all.add(AskKind.CHOICE);
        }
        // the order of concepts and opposite words, only for a question that may bind them (see direction)
        List<String> order = marker == NO_MARKER && !contains(s, PEERS) ? new ArrayList<>(8) : null;
        int mention = 0;
        // the concepts an abbreviation's sense or a misspelling names, with where they stand: they are mentions
        // too, added after the walk (which reads the mentions in order)
        Mentions late = new Mentions();
        int[] phase = new int[1];
        // "在用户分群任务中，K值如何确定": a clause before the ask that only sets the scene in words of its own is a
        // setting, which a rephrasing may leave out and never swaps: its words are kept apart (see frameHash)
        ResidualWords frame = null;
        for (int k = 0; k <= lastClause; k++) {
            boolean scene = k < primaryClause && clauseKinds.get(k).isEmpty() && isSettingFrame(clauseRest.get(k));
            if (scene && frame == null) {
                frame = new ResidualWords();
            }
            mention = residualTokens(clauseRest.get(k).toString(), scene ? frame : residual,
                    whyPurpose && k == primaryClause,
                    primary == AskKind.DEFINITION && asksWhatItMeans(s),
                    concepts, resolved, order, mentions, k, mention, late, phase);
        }
        for (String c : resolved) {
            concepts.add(c);
            main.add(c);
        }
        for (int m = 0; m < late.size; m++) {
            mentions.add(late.terms[m], late.clauses[m], false, late.restAt[m]);
        }
        if (primary == AskKind.WHY && residual.size() >= 2 && residual.contains(CALLED)) {
            // "朴素贝叶斯为什么叫朴素" / "Why is naive Bayes called naive?" ask what the word in the name means, like
            // "朴素贝叶斯中的朴素指什么"; only with that word left (a whole term after 叫 names no such word:
            // "为什么叫朴素贝叶斯" stays a why, not "什么是朴素贝叶斯")
            residual.remove(CALLED);
            primary = AskKind.DEFINITION;
            all.add(AskKind.DEFINITION);
        }
        SortedWords core = new SortedWords();
        SortedWords broad = new SortedWords();
        // a follow-on sentence may add details (see namedOnlyInADetail), unless the first ask is a comparison whose
        // own clause names one side only
        boolean details = primaryClause >= 0 && (primary != AskKind.DIFFERENCE || mentions.namedIn(primaryClause) >= 2
                || joinsAnUnknownName(clauseRest.get(primaryClause)));
        // a comparison that judges one concept against another ("LSTM比RNN好在哪") sets them side by side: a family is
        // the setting of two it compares ("LSTM和GRU相比RNN好在哪"), not of one of them
        boolean judged = primary == AskKind.DIFFERENCE && marker != NO_MARKER && marker != NEUTRAL_FRAME;
        for (String c : main) {
            (glossary.isBroad(c) || isSetting(c, main, mentions, judged ? 2 : 1)
                    || details && namedOnlyInADetail(c, primaryClause, clauseKinds, clauseRest, mentions) ? broad : core)
                    .add(c);
        }
        if (core.isEmpty()) {
            core.addAll(broad);
        }
        if (framed.context() != null) {
            // "…梯度消失。请问LSTM是如何缓解这个问题的？": the question points back at what its context names, which is
            // then its subject, not its setting
            contextSettings(framed.context(), concepts, main, core, broad, AskFraming.pointsBack(framed.question()));
        }
        return new QuestionProfile(vocabulary, norm, concepts, core, broad, primary, all, residual,
                residual.contains(NOT), direction(s, marker, residual, order),
                modifiers(clauseRest, lastClause, mentions, core) ^ frameHash(frame), phase[0]);
    }

    /**
     * Whether concept {@code c} is named only in follow-on sentences after the first ask, none of which compares
     * ("DPO和RLHF有什么区别？为什么DPO不需要reward model", "CLIP是怎么训练的？对比学习的loss长啥样"): a detail the
     * asker adds about the subject, which a rephrasing may leave out, so the question's setting, like a broad concept
     * (it may not name another). A follow-on that compares with it ("什么是深度学习？它与传统机器学习有什么区别？") asks a
     * second question about a second concept, which keeps it a subject, and so does one that sets them side by side
     * ("为什么比RNN好", "跟残差连接是一回事吗", "than RNNs").
     */
    private static boolean namedOnlyInADetail(String c, int primaryClause, List<EnumSet<AskKind>> clauseKinds,
            List<StringBuilder> clauseRest, Mentions mentions) {
        if (!mentions.onlyAfter(c, primaryClause)) {
            return false;
        }
        long bits = mentions.clausesOf(c);
        for (int k = primaryClause + 1; k < clauseKinds.size() && k < 64; k++) {
            if ((bits & 1L << k) != 0 && (clauseKinds.get(k).contains(AskKind.DIFFERENCE)
                    || contains(clauseRest.get(k).toString(), COMPARING))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a clause joins a name the glossary does not know to a term with a Chinese joining word ("blorft跟WordPiece
     * 区别在哪", "BPE与blorft"): a comparison of two sides, one of them unknown, which names both as a comparison of two
     * terms does (its follow-on sentences add details). In the clause's rest a term is blanks and an unknown name
     * stays Latin letters.
     */
    private static boolean joinsAnUnknownName(CharSequence rest) {
        for (int i = 1; i + 1 < rest.length(); i++) {
            char c = rest.charAt(i);
            if (joinsNames(c)) {
                char before = rest.charAt(i - 1);
                char after = rest.charAt(i + 1);
                if (before == ' ' && TextNormalizer.isLatin(after) || after == ' ' && TextNormalizer.isLatin(before)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that set two things side by side in a follow-on sentence (see namedOnlyInADetail). */
    private static final String[] COMPARING = {"比", "相比", "对比", "一回事", "一样", "相同", "区别", "不同", "差别",
        "than", "versus", " vs", "compare", "same as", "differ"};

    /**
     * The concepts a context sentence names ("我们在项目里用了LoRA微调，请问……") that the question does not: the
     * question's setting, like a broad concept (a rephrasing may leave it out, never name another), not a second
     * subject. When the question points back at it ("这个问题", "this method") and the context names one such
     * concept, that one is what it points at: a subject of the question (core). With several, which one is meant
     * is not known, and they all stay the setting.
     */
    private void contextSettings(String context, SortedWords concepts, SortedWords main, SortedWords core,
            SortedWords broad, boolean pointsBack) {
        SortedWords named = new SortedWords();
        int i = 0;
        while (i < context.length()) {
            PhraseTrie.Hit<String> term = glossary.terms().longestAt(context, i);
            if (term == null) {
                i++;
                continue;
            }
            if (!main.contains(term.value())) {
                named.add(term.value());
            }
            i = term.end();
        }
        boolean subject = pointsBack && named.size() == 1 && !glossary.isBroad(named.iterator().next());
        for (String c : named) {
            concepts.add(c);
            (subject ? core : broad).add(c);
        }
    }

    /**
     * Words that make a question's word order part of its meaning (1): a preference or contrast that points one way
     * ("用A而不是B", "A而非B", "用A不用B", "A优于B", "A比B快", "用A代替B", "A instead of B", "A rather than B", "prefer A
     * over B", "A than B"); a comparison frame (2) that points one way only when it judges ("A相比B有什么优势", "A
     * compared to B"; "A相比B有什么区别" reads either way). Words with 0 look like markers and are not ("比较", "比例",
     * "overfitting" spelled "over fitting"). "A和B的区别" = "B与A的区别": peers joined by 和/与/and are no marker.
     */
    private static final PhraseTrie<Integer> MARKERS = new PhraseTrie<>();
    /** Words that judge one side of a comparison better or worse. */
    private static final PhraseTrie<Boolean> JUDGING = new PhraseTrie<>();
    /** Words that ask which of several is better: the comparison then reads either way ("A和B哪个好"). */
    private static final String[] WHICH = {"哪个", "哪一个", "哪种", "哪一种", "还是", "which"};
    /** Words that list peers ("偏差和方差哪个大" reads either way). */
    private static final String[] PEERS = {"和", "与", "及", "跟", "、", "或", "还是", " and ", " or ", " vs", "versus",
        "between"};
    /** The word the negation group of the glossary's equivalents stands for. */
    private static final String NOT = Glossary.EQUIVALENT_MARK + "不";

    static {
        for (String m : new String[] {"而不是", "而非", "而不用", "不用", "不使用", "优于", "劣于", "胜过", "好于", "强于",
            "弱于", "差于", "逊于", "比", "代替", "替代", "取代", "替换", "换成", "少于", "多于", "大于", "小于", "高于", "低于",
            "超过", "instead", "rather than", "over", "than", "preferred over", "preferred to", "preferable to",
            "replace", "replacing", "outperform", "outperforms", "superior"}) {
            MARKERS.put(m, 1);
        }
        // dedup36: "相对" is "相对于" ("X相对Y的优势" sets Y against X); it was a non-marker, only so its 对 was none
        for (String m : new String[] {"相比", "相比于", "相比较", "相较", "相较于", "相对于", "相对", "对比", "compared", "compare",
            "comparing", "comparison", "relative to", "vs", "versus"}) {
            MARKERS.put(m, 2);
        }
        for (String m : new String[] {"对", "对于", "on", "affect", "affects", "affected", "affecting"}) {
            MARKERS.put(m, 3);
        }
        for (String m : new String[] {"比较", "比例", "比率", "比如", "比方", "比赛", "类比", "无比", "比特", "信噪比",
            "over fitting", "overfitting", "over smoothing", "over parameterized", "over parameterization", "over time",
            "all over", "take over", "over all", "overall", "over sampling", "more than", "less than", "other than",
            "rather", "不用说", "对数", "对偶", "对抗", "对称", "对角", "对齐", "对话", "对象", "对应", "对照", "对数几率", "on line",
            "based on", "focus on", "depend on", "depends on", "rely on", "relies on", "trained on", "train on"}) {
            MARKERS.put(m, 0);
        }
        for (String m : new String[] {"replaced by", "superseded by", "被替代", "被取代", "被代替", "被替换"}) {
            MARKERS.put(m, 4); // the passive: the side set against the other comes before
        }
        for (String m : new String[] {"优势", "优点", "好处", "缺点", "劣势", "不足", "好", "更", "差", "强", "弱", "改进",
            "提升", "优", "快", "慢", "advantage", "advantages", "benefit", "benefits", "better", "worse", "improve",
            "improves", "improvement", "improvements", "drawback", "drawbacks", "disadvantage", "disadvantages",
            "faster", "slower", "stronger", "weaker", "outperform", "gain", "gains"}) {
            JUDGING.put(m, Boolean.TRUE);
        }
        // dedup37: words that hold 差 or 好 and judge nothing ("残差和偏差的区别", "A vs B 残差"): read whole, 差 inside
        // them is no "worse"
        for (String m : new String[] {"残差", "偏差", "方差", "误差", "协方差", "标准差", "均方差", "差异", "差别", "差分", "差值",
            "时间差", "良好", "友好", "好像", "只好", "正好", "刚好"}) {
            JUDGING.put(m, Boolean.FALSE);
        }
    }

    /** {@link Markers#direction}: no marker at all; a comparison frame that judges nothing (reads either way). */
    private static final int NO_MARKER = -1;
    private static final int NEUTRAL_FRAME = -2;

    /**
     * The first marker of each sort a question holds, with its clause. {@link #direction} says where the side a
     * marker points at starts: after a one-way marker; after a comparison frame when the question judges one side
     * and does not ask "which"; after "对"/"on" when the question asks about an effect ("A对B的影响", "effect of A
     * on B"); else NO_MARKER or NEUTRAL_FRAME. A "与B相比" frame gives {@code -3 - position of 相比}.
     */
    private static final class Markers {
        private PhraseTrie.Hit<Integer> oneWay;
        private int oneWayClause;
        private PhraseTrie.Hit<Integer> frame;
        private int frameClause;
        private PhraseTrie.Hit<Integer> effect;
        private int effectClause;

        void add(PhraseTrie.Hit<Integer> m, int clause) {
            if (m.value() == 1 && oneWay == null) {
                oneWay = m;
                oneWayClause = clause;
            } else if (m.value() == 4 && oneWay == null) {
                oneWay = m; // "replaced by": a one-way marker in the passive
                oneWayClause = clause;
            } else if (m.value() == 2 && frame == null) {
                frame = m;
                frameClause = clause;
            } else if (m.value() == 3 && effect == null) {
                effect = m;
                effectClause = clause;
            }
        }

        /** Whether clause {@code clause} holds a one-way marker ("instead of", "而不是", "比"), not a passive one. */
        boolean prefersIn(int clause) {
            return oneWay != null && oneWayClause == clause && oneWay.value() == 1;
        }

        int direction(String s, int lastClause) {
            if (oneWay != null && oneWayClause <= lastClause) {
                int subjectEnd = passiveSubjectEnd(s, oneWay);
                return subjectEnd >= 0 ? PASSIVE - subjectEnd : oneWay.end();
            }
            if (frame != null && frameClause <= lastClause) {
                if (!judges(s) || contains(s, WHICH)) {
                    return NEUTRAL_FRAME;
                }
                return framedBefore(s, frame.start()) ? -3 - frame.start() : frame.end();
            }
            if (effect != null && effectClause <= lastClause && contains(s, EFFECT)) {
                return effect.end();
            }
            return NO_MARKER;
        }
    }

    /** {@link Markers#direction} of a passive replacement: {@code PASSIVE - where its subject ends}. */
    private static final int PASSIVE = Integer.MIN_VALUE / 2;
    /** Verbs of replacing: "B被A取代" is "用A取代B" in the passive (B is the side set against the other). */
    private static final String[] REPLACING = {"取代", "替代", "代替", "替换"};

    /**
     * Where the subject of a passive replacement ends, or -1: the 被 before a replacing verb in its clause ("sigmoid
     * 为什么被ReLU取代", "sigmoid被取代"), or the start of "replaced by" ("Why was sigmoid replaced by ReLU?"). The
     * side set against the other is then the subject, the concept before it, not the word after the verb.
     */
    private static int passiveSubjectEnd(String s, PhraseTrie.Hit<Integer> verb) {
        if (verb.value() == 4) {
            return verb.start();
        }
        boolean replacing = false;
        for (String r : REPLACING) {
            replacing |= s.startsWith(r, verb.start()) && verb.end() - verb.start() == r.length();
        }
        if (!replacing) {
            return -1;
        }
        for (int k = verb.start() - 1; k >= Math.max(0, verb.start() - 16); k--) {
            char c = s.charAt(k);
            if (c == '被') {
                return k;
            }
            if (c == TextNormalizer.CLAUSE) {
                return -1;
            }
        }
        return -1;
    }

    /** Words of an effect: after them "A对B", "A on B" point at B. */
    private static final String[] EFFECT = {"影响", "effect", "impact", "influence", "affect"};

    /** Whether the comparison word at {@code at} closes "与B相比" / "和B相比" / "跟B对比" (B before it, not after). */
    private static boolean framedBefore(String s, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 16); k--) {
            char c = s.charAt(k);
            if (c == '与' || c == '跟' || c == '同' || c == '和') {
                return k < at - 1;
            }
            if (c == TextNormalizer.CLAUSE) {
                return false;
            }
        }
        return false;
    }

    private static boolean judges(String s) {
        int i = 0;
        while (i < s.length()) {
            PhraseTrie.Hit<Boolean> word = JUDGING.longestAt(s, i);
            if (word != null && word.value()) {
                return true;
            }
            i = word == null ? i + 1 : word.end(); // a word that only holds one ("残差") is read past whole
        }
        return false;
    }

    private static boolean contains(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The profile's {@link QuestionProfile#direction}: for a marker, which side it sets against the other (the
     * concept or word right after "而不是", "不用", "instead of", "than", "相比", "代替", or the one inside "与B相比");
     * for opposite words bound to different things with no peer list, the order of the concepts and those words;
     * else 0.
     */
    private int direction(String s, int marker, ResidualWords residual, List<String> order) {
        String other = null;
        if (marker >= 0) {
            other = nextItem(s, marker);
        } else if (marker <= PASSIVE) {
            other = lastConceptBefore(s, PASSIVE - marker);
        } else if (marker <= -3) {
            int at = -3 - marker;
            int from = at - 1;
            while (from > 0 && "与跟同和".indexOf(s.charAt(from)) < 0) {
                from--;
            }
            other = nextItem(s, from + 1);
        } else if (order != null && residual.size() >= 2 && ContrastWords.holdsOpposites(ContrastWords.of(residual))) {
            int h = 17;
            for (String w : order) {
                h = 31 * h + w.hashCode();
            }
            return h == 0 ? 1 : h;
        }
        if (other == null) {
            return 0;
        }
        int h = 0x2192 * 31 + other.hashCode();
        return h == 0 ? 1 : h;
    }

    /** The last concept named before {@code end} in its clause (the subject of a passive), or null. */
    private String lastConceptBefore(String s, int end) {
        int i = end;
        while (i > 0 && s.charAt(i - 1) != TextNormalizer.CLAUSE) {
            i--;
        }
        String last = null;
        while (i < end) {
            PhraseTrie.Hit<String> term = glossary.terms().longestAt(s, i);
            if (term != null && term.end() <= end) {
                last = term.value();
                i = term.end();
            } else {
                i++;
            }
        }
        return last;
    }

    /**
     * The first concept or meaningful word from {@code from} on (skipping spaces, fillers and ask phrases): the side
     * a marker points at. Equivalent words count as the word they stand for ("大" / "large").
     */
    private String nextItem(String s, int from) {
        int i = from;
        int limit = Math.min(s.length(), from + 40);
        while (i < limit) {
            char c = s.charAt(i);
            if (c == TextNormalizer.CLAUSE) {
                return null;
            }
            PhraseTrie.Hit<String> term = glossary.terms().longestAt(s, i);
            if (term != null) {
                return term.value();
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            PhraseTrie.Hit<String> same = glossary.equivalents().longestAt(s, i);
            if (same != null) {
                return same.value();
            }
            PhraseTrie.Hit<Boolean> filler = glossary.fillers().longestAt(s, i);
            PhraseTrie.Hit<AskKind> ask = glossary.asks().longestAt(s, i);
            int skip = Math.max(filler == null ? -1 : filler.end(), ask == null ? -1 : ask.end());
            if (skip > i) {
                i = skip;
                continue;
            }
            if (TextNormalizer.isLatin(c)) {
                int j = i;
                while (j < s.length() && TextNormalizer.isLatin(s.charAt(j))) {
                    j++;
                }
                return s.substring(i, j);
            }
            // an unknown Han word: its characters up to the next term, ask, filler or other script ("加宽")
            int j = i + 1;
            while (j < limit && j - i < 4 && TextNormalizer.isHan(s.charAt(j))
                    && glossary.terms().longestAt(s, j) == null && glossary.asks().longestAt(s, j) == null
                    && glossary.fillers().longestAt(s, j) == null && glossary.equivalents().longestAt(s, j) == null) {
                j++;
            }
            return j == i + 1 ? charString(c) : s.substring(i, j);
        }
        return null;
    }

    /**
     * Whether {@code c} is only the setting of another concept the question names: its category or what it is a
     * part of ("ID3、C4.5和CART三种决策树算法", "Faster R-CNN中RPN的作用", "Word2Vec中CBOW和Skip-gram"). Like a broad
     * concept, a setting says where the subject belongs: a question naming it merges with one that leaves it out,
     * never with one naming another setting. Only beside its subject in one clause ("什么是决策树？ID3和CART有什么区别"
     * asks first what a decision tree is), and not when the two are listed as peers ("决策树和ID3的区别"). Of at least
     * {@code subjects} of them: two when the question judges one against another. A handful of concepts: a scan, no set.
     */
    private boolean isSetting(String c, SortedWords main, Mentions mentions, int subjects) {
        int n = 0;
        for (String other : main) {
            if (!other.equals(c) && glossary.isSettingOf(c, other) && mentions.settingOf(c, other) && ++n >= subjects) {
                return true;
            }
        }
        return false;
    }

    /** The words that list two concepts side by side as peers: "决策树和ID3", "RPN与Faster R-CNN的关系". */
    private static final String[] PEER_JOINS = {"和", "与", "及", "跟", "、", "或", "以及", "and", "or", "vs", "versus"};

    /**
     * Whether an ask phrase is "vs" or "versus" between two words ("a vs b"), or 对比 between two Latin names
     * ("l1对比l2正则"), which joins them like "and".
     */
    private static boolean isVersus(String s, PhraseTrie.Hit<AskKind> ask) {
        int length = ask.end() - ask.start();
        boolean inside = ask.start() > 0 && ask.end() < s.length();
        if (length == 2 && s.startsWith("对比", ask.start())) {
            return inside && TextNormalizer.isLatin(s.charAt(ask.start() - 1))
                    && TextNormalizer.isLatin(s.charAt(ask.end()));
        }
        boolean versus = length == 2 && s.startsWith("vs", ask.start())
                || length == 6 && s.startsWith("versus", ask.start());
        return versus && inside && (s.charAt(ask.start() - 1) == ' ' && s.charAt(ask.end()) == ' '
                || length == 2 && TextNormalizer.isHan(s.charAt(ask.start() - 1))
                    && TextNormalizer.isHan(s.charAt(ask.end()))); // "结构化vs非结构化剪枝"
    }

    /** Whether the text between two terms ({@code from} to {@code to}) only joins them as peers. */
    private static boolean joinedAsPeers(String s, int from, int to) {
        if (from < 0 || to - from > 9) {
            return false;
        }
        String between = s.substring(from, to).strip();
        for (String j : PEER_JOINS) {
            if (between.equals(j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The concepts a question names outside asides, each with the clause it is named in and whether it is listed
     * as a peer of the one named just before it (a few per question).
     */
    private static final class Mentions {
        private String[] terms = new String[4];
        private int[] clauses = new int[4];
        private boolean[] peerOfPrevious = new boolean[4];
        private int size;

        /** Where in its clause's residual text each mention stands (to order it among the residual words). */
        private int[] restAt = new int[4];
        /** A known term written right before the mention and taken into it ("归一化批归一化"), or null. */
        private String[] absorbed = new String[4];

        void add(String term, int clause, boolean peer, int at) {
            add(term, clause, peer, at, null);
        }

        void add(String term, int clause, boolean peer, int at, String absorbedTerm) {
            if (size == terms.length) {
                terms = Arrays.copyOf(terms, size * 2);
                clauses = Arrays.copyOf(clauses, size * 2);
                peerOfPrevious = Arrays.copyOf(peerOfPrevious, size * 2);
                restAt = Arrays.copyOf(restAt, size * 2);
                absorbed = Arrays.copyOf(absorbed, size * 2);
            }
            terms[size] = term;
            clauses[size] = clause;
            peerOfPrevious[size] = peer;
            restAt[size] = at;
            absorbed[size] = absorbedTerm;
            size++;
        }

        /** Gives the last mention of {@code term} the absorbed modifier {@code word}. */
        void absorbLast(String term, String word) {
            for (int m = size - 1; m >= 0; m--) {
                if (terms[m].equals(term)) {
                    absorbed[m] = word;
                    return;
                }
            }
        }

        /** Forgets the last mention of {@code term} (a term taken into the next one). */
        void removeLast(String term) {
            for (int m = size - 1; m >= 0; m--) {
                if (terms[m].equals(term)) {
                    System.arraycopy(terms, m + 1, terms, m, size - m - 1);
                    System.arraycopy(clauses, m + 1, clauses, m, size - m - 1);
                    System.arraycopy(peerOfPrevious, m + 1, peerOfPrevious, m, size - m - 1);
                    System.arraycopy(restAt, m + 1, restAt, m, size - m - 1);
                    System.arraycopy(absorbed, m + 1, absorbed, m, size - m - 1);
                    size--;
                    return;
                }
            }
        }

        /** Bit k: clause k only places the next one ("在X中，…"), and counts as one clause with it for settings. */
        private long placing;

        /** Whether every mention of {@code term} is in a clause after {@code clause} (and there is one). */
        boolean onlyAfter(String term, int clause) {
            boolean any = false;
            for (int i = 0; i < size; i++) {
                if (terms[i].equals(term)) {
                    if (clauses[i] <= clause) {
                        return false;
                    }
                    any = true;
                }
            }
            return any;
        }

        /**
         * How many different concepts are mentioned in {@code clause}: a comparison ("与RNN相比，LSTM有什么优势")
         * names its second side in the next clause when its own names one.
         */
        int namedIn(int clause) {
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (clauses[i] != clause) {
                    continue;
                }
                boolean seen = false;
                for (int j = 0; j < i && !seen; j++) {
                    seen = clauses[j] == clause && terms[j].equals(terms[i]);
                }
                n += seen ? 0 : 1;
            }
            return n;
        }

        /** The clauses in which {@code term} is mentioned, as bits. */
        long clausesOf(String term) {
            long bits = 0;
            for (int i = 0; i < size; i++) {
                if (terms[i].equals(term)) {
                    bits |= 1L << Math.min(clauses[i], 63);
                }
            }
            return bits;
        }

        void placesTheNext(int clause) {
            placing |= 1L << Math.min(clause, 63);
        }

        private boolean oneClause(int a, int b) {
            return a == b || a + 1 == b && (placing & 1L << Math.min(a, 63)) != 0
                    || b + 1 == a && (placing & 1L << Math.min(b, 63)) != 0;
        }

        /**
         * Whether {@code setting} can be the setting of {@code subject}: both named in one clause, and never listed
         * side by side as peers ("决策树和ID3的区别" compares the two).
         */
        boolean settingOf(String setting, String subject) {
            boolean together = false;
            for (int i = 0; i < size; i++) {
                if (!terms[i].equals(setting)) {
                    continue;
                }
                for (int j = 0; j < size; j++) {
                    if (!terms[j].equals(subject)) {
                        continue;
                    }
                    if (Math.abs(i - j) == 1 && peerOfPrevious[Math.max(i, j)]) {
                        return false;
                    }
                    together |= oneClause(clauses[i], clauses[j]);
                }
            }
            return together;
        }
    }

    /**
     * Characters after which an ask verb is still the question's verb: modal and function words ("可以减少",
     * "能加快", "对数据进行处理", "的检测方法"). After any other Chinese character that is not part of a term or an ask,
     * a fix or detect verb (处理, 检测, 减少, ...) closes a compound noun the glossary does not know: "人脸检测",
     * "异常检测", "点云处理", "数据预处理" name a task, they do not ask how to detect or fix anything, and read as asks
     * they made "什么是人脸检测" and "人脸检测的难点有哪些" the same question. A verb with an object, a term right after
     * it, is a verb whatever precedes it ("有哪些办法防止过拟合", "模型是否存在梯度爆炸"). Other kinds of ask are left
     * alone: their phrases ("有哪些", "原理", "作用") follow nouns as a matter of course. Only a verb of one or two
     * characters ends a noun: a longer phrase ("如何解决", "怎么解决", "怎么办", "解决方案", "是否存在") asks, whatever
     * precedes it ("冷启动问题怎么解决", "数据倾斜如何解决").
     */
    private static final String VERB_MAY_FOLLOW = "可以能会要需应该得来去于对把将被给用做行再并且或也都就才还又不没有的是在和与及、之其该了";

    private boolean endsCompoundNoun(String s, int at, int residualEnd, PhraseTrie.Hit<AskKind> ask) {
        if (residualEnd != at || at == 0 || ask.value() != AskKind.FIX && ask.value() != AskKind.DETECT
                || ask.end() - at > 2 || glossary.terms().longestAt(s, ask.end()) != null) {
            return false;
        }
        if (s.charAt(at) == '咋') {
            return false; // "咋办", "咋整" (how to cope) ask, like 怎么办, whatever precedes: no task is named so
        }
        char before = s.charAt(at - 1);
        return Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN
                && VERB_MAY_FOLLOW.indexOf(before) < 0
                && Character.UnicodeScript.of(s.charAt(at)) == Character.UnicodeScript.HAN;
    }

    /**
     * The question words after which "and" starts a second ask ("What is X and how to avoid it?"), with German's,
     * Indonesian's and, since dedup24, Romanian's, Finnish's, Hindi's, Arabic's and Hebrew's ("Was ist X und warum …?",
     * "Apa itu X dan mengapa …?", "Ce este X și de ce …?", "Mikä on X ja miksi …?", "X क्या है और यह क्यों …?",
     * "ما هو X ولماذا …؟", "מה זה X ולמה …?"; Arabic's and Hebrew's "and" is the letter normalising parts from the word).
     * Written as normalising writes them: Hebrew "איך" with its final letter folded, "איכ".
     */
    private static final String[] SECOND_ASKS = {"how ", "why ", "what ", "when ", "which ", "where ", "warum ",
        "wozu ", "wie ", "wann ", "weshalb ", "wieso ", "mengapa ", "kenapa ", "bagaimana ", "kapan ", "de ce ", "cum ",
        "cand ", "miksi ", "miten ", "milloin ", "क्यों ", "कैसे ", "لماذا ", "كيف ", "متى ", "למה ", "איכ ", "מתי ",
        "מה ", "במה ", "як ", normalized("чому "), normalized("навіщо "), "hogyan ", "miert ", "mire ", "mikor ",
        "milyen ", normalized("які "), normalized("для чого "), "কেন ", "কীভাবে ", "কিভাবে ", "একসাথে কীভাবে ",
        "প্রকারগুলো ", "ஏன் ", "எப்படி ",
        // an exam's second instruction: "Define a VLAN and explain why …", "Define a trie and state what …" (two
        // words where the verb is also a noun: "the Strategy and State patterns", "and name resolution")
        "explain ", "describe ", "state what ", "state how ", "state why ", "state when ", "name the ", "list the ",
        "give an example", "give examples"};
    /** "and" in the languages above, each with its space (Ukrainian's, Hungarian's and Bengali's since dedup25). */
    private static final String[] ANDS = {"and ", "und ", "dan ", "si ", "ja ", "और ", "و ", "ו ", "і ", "та ", "es ",
        "এবং "};

    /** {@code word} (a word and its space) as normalising writes it: Ukrainian loses its endings as Russian does. */
    private static String normalized(String word) {
        return TextNormalizer.normalize(word.strip()) + " ";
    }
    /**
     * Hindi puts the subject before the question word: "और यह क्यों …", "और इसे कैसे …"; one such pronoun may stand
     * between the "and" and the ask.
     */
    private static final String[] ASK_SUBJECTS = {"यह ", "इसे ", "इसकी जरूरत ", "इसकी ", "এটি ", "এটা ", "এরা ", "এর ",
        normalized("це "), normalized("він "), normalized("вона "), normalized("воно "), normalized("вони ")};

    /**
     * The length of the "and" at {@code i} (without its space) when it joins a second question, else 0: "What is
     * overfitting and how can it be avoided?" asks first what overfitting is, like "什么是过拟合？如何避免？" (the
     * label rule: follow-on asks do not split a question).
     */
    private static int joinsAnotherAsk(String s, int i) {
        if (i == 0 || s.charAt(i - 1) != ' ' && s.charAt(i - 1) != TextNormalizer.CLOSE) {
            return 0; // after a space, or after an aside ("Mikä on tavukoodi (bytecode) ja miksi …")
        }
        for (String and : ANDS) {
            if (s.startsWith(and, i)) {
                int at = i + and.length();
                for (String subject : ASK_SUBJECTS) {
                    if (s.startsWith(subject, at)) {
                        at += subject.length();
                        break;
                    }
                }
                for (String w : SECOND_ASKS) {
                    if (s.startsWith(w, at)) {
                        return and.length() - 1;
                    }
                }
                return 0;
            }
        }
        return 0;
    }

    /** Whether {@code c} may open an "and" of {@link #ANDS}: one test before the list is walked. */
    private static boolean mayOpenAnd(char c) {
        return c == 'a' || c == 'u' || c == 'd' || c == 's' || c == 'j' || c == 'औ' || c == 'و' || c == 'ו' || c == 'і'
                || c == 'т' || c == 'e' || c == 'এ';
    }

    /** Words that join two modifiers of one head noun: "L1和L2正则", "最大与平均池化", "L1/L2正则化" (and "and", "or"). */
    private static final String JOINS = "和与及跟、或 ";

    /** English's articles, and Hungarian's "az" (its "a" is English's): "az explicit és az implicit Euler-módszer". */
    private static final String[] ARTICLES = {"a ", "an ", "the ", "az "};

    /** The length of "a ", "an " or "the " right before {@code at} after a space, else 0. */
    private static int articleBefore(String s, int at) {
        for (String a : ARTICLES) {
            if (at - a.length() > 0 && s.startsWith(a, at - a.length()) && s.charAt(at - a.length() - 1) == ' ') {
                return a.length();
            }
        }
        return 0;
    }

    /**
     * Join words between two names that share a head, with their spaces: English, and since dedup23 the "and" of a
     * Dutch, Swedish, Czech, Greek or Thai question ("horizontaal en verticaal schalen", "narrow a wide
     * transformacemi", "horizontal και vertical scaling"), since dedup25 of a Hungarian, Ukrainian, Bengali or Tamil one
     * ("az explicit és az implicit Euler-módszer"), since dedup26 of a Norwegian, Tagalog, Swahili or Persian one
     * ("intern og ekstern fragmentering", "laminar at turbulent flow"), whose banks keep the English term's head.
     */
    private static final String[] SPACED_JOINS = {" and ", " or ", " vs ", " versus ", " en ", " och ", " a ", " και ",
        " กับ ", " es ", " і ", " та ", " এবং ", " மற்றும் ", " og ", " at ", " na ", " و "};

    /**
     * "L1和L2正则", "最大和平均池化", "批量与随机梯度下降": two modifiers sharing the head noun written once, after the
     * second. When the term {@code term} follows a join word, and the unknown word before the join (the residual run
     * from {@code runStart}) makes a known term of another concept with a tail of {@code term} ("l1" + "正则"), that
     * word names this concept: it is returned, and blanked in {@code rest} (it was counted as a residual word). Only
     * a word the glossary does not know alone is read so; a known one ("卷积和池化层") is its own concept already.
     * Runs only after a join word, a few trie walks over the short word and term.
     */
    private String sharedHead(String s, int runStart, int at, PhraseTrie.Hit<String> term, StringBuilder rest,
            int runRestStart) {
        boolean compared = at >= 2 && s.startsWith("对比", at - 2); // "l1对比l2正则"
        // "结构化vs非结构化剪枝": a vs written without spaces between Chinese words
        boolean gluedVersus = at >= 3 && s.startsWith("vs", at - 2) && !TextNormalizer.isLatin(s.charAt(at - 3))
                && s.charAt(at - 3) != ' ';
        if (at - runStart < 2 || JOINS.indexOf(s.charAt(at - 1)) < 0 && !compared && !gluedVersus) {
            return null;
        }
        int wordEnd = compared || gluedVersus ? at - 2 : at - 1;
        int article = articleBefore(s, at);
        int joinEnd = -1;
        for (String join : SPACED_JOINS) {
            if (article > 0 && s.startsWith(join, at - article - join.length())) {
                joinEnd = at - article - join.length(); // "a Type I and a Type II error": an article after the join
                break;
            }
        }
        for (int k = 0; joinEnd < 0 && k < SPACED_JOINS.length; k++) {
            if (s.startsWith(SPACED_JOINS[k], at - SPACED_JOINS[k].length())) {
                joinEnd = at - SPACED_JOINS[k].length(); // "l1 and l2 regularization", "l1 vs l2正则"
            }
        }
        if (joinEnd >= 0) {
            wordEnd = joinEnd;
        }
        if (wordEnd <= runStart) {
            return null;
        }
        int earliest = wordEnd - 8;
        while (earliest > runStart && TextNormalizer.isLatin(s.charAt(earliest))
                && TextNormalizer.isLatin(s.charAt(earliest - 1))) {
            earliest--; // the whole of a long Latin word: "structured and unstructured pruning"
        }
        for (int from = Math.max(runStart, earliest); from < wordEnd; from++) {
            if (from > 0 && TextNormalizer.isLatin(s.charAt(from - 1)) && TextNormalizer.isLatin(s.charAt(from))) {
                continue; // not the start of a Latin word
            }
            for (int k = term.start() + 1; k < term.end(); k++) {
                boolean latinBefore = TextNormalizer.isLatin(s.charAt(k - 1));
                boolean latinAfter = TextNormalizer.isLatin(s.charAt(k));
                if (latinBefore && latinAfter || s.charAt(k) == ' ') {
                    continue; // the head starts a word, never inside one ("a" + "e" of "machine" is not "ae")
                }
                String word = s.substring(from, wordEnd);
                boolean space = TextNormalizer.isLatin(word.charAt(word.length() - 1)) && latinAfter;
                String joined = word + (space ? " " : "") + s.substring(k, term.end());
                PhraseTrie.Hit<String> hit = glossary.terms().longestAt(joined, 0);
                if (hit != null && hit.end() == joined.length() && !hit.value().equals(term.value())) {
                    for (int r = runRestStart + (from - runStart); r < runRestStart + (wordEnd - runStart); r++) {
                        rest.setCharAt(r, ' ');
                    }
                    return hit.value();
                }
            }
        }
        return null;
    }

    /** A second name read off the first's head (see {@link #secondAfterItsHead}), and where its text ends. */
    private record HeadFirst(String term, int end) {
    }

    /**
     * "梯度消失、爆炸", "梯度消失和爆炸" (dedup32): two names sharing their head, written once before the first (the
     * mirror of {@link #sharedHead}'s "L1和L2正则"). The Han characters right after the term at {@code start} (after a
     * join word; the normalizer drops "、" and "/"), put in place of as many characters at the end of the term's text,
     * make another known term ("梯度" + "爆炸"): that term is returned, with the end of the characters read. Only
     * characters that start no term of their own, and a head of at least two characters; a few trie walks over short
     * words, only where a term of three or more Han characters is followed by a Han character.
     */
    private HeadFirst secondAfterItsHead(String s, int start, PhraseTrie.Hit<String> term) {
        int n = term.end() - start;
        int j = term.end();
        if (n < 3 || j >= s.length()) {
            return null;
        }
        if ("和与及或".indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        for (int k = start; k < term.end(); k++) {
            if (!TextNormalizer.isHan(s.charAt(k))) {
                return null;
            }
        }
        if (j >= s.length() || !TextNormalizer.isHan(s.charAt(j)) || glossary.terms().longestAt(s, j) != null) {
            return null;
        }
        int han = 1; // the Han characters from j: a tail is tried only within them
        while (j + han < s.length() && han < n - 2 && TextNormalizer.isHan(s.charAt(j + han))) {
            han++;
        }
        for (int tail = Math.min(n - 2, han); tail >= 1; tail--) {
            String word = s.substring(j, j + tail);
            String joined = s.substring(start, term.end() - tail) + word;
            PhraseTrie.Hit<String> hit = glossary.terms().longestAt(joined, 0);
            if (hit != null && hit.end() == joined.length() && !hit.value().equals(term.value())) {
                return new HeadFirst(hit.value(), j + tail);
            }
        }
        return null;
    }

    /**
     * "梯度截取（gradient clipping）", "长短记忆网络（LSTM）": a name the glossary does not know, followed by a
     * parenthesis holding nothing but a known term, is that term spelled another way. The parenthesis (opened at
     * {@code at - 1}, right after the residual run from {@code runStart}) is then not an aside: the term is a concept
     * of the question, and the unknown name is blanked in {@code rest} (it was counted as a residual word). The name
     * is the end of the run: its Latin words, or its Han characters back to a function word ("对", "的", "中"). A
     * known name with an unknown parenthesis ("知识蒸馏（KD）") needs nothing: the parenthesis is an aside.
     */
    private boolean namesUnknownWord(String s, int at, PhraseTrie.Hit<String> term, int runStart, StringBuilder rest,
            int runRestStart) {
        int open = at - 1;
        if (runStart < 0 || open <= runStart || s.charAt(open) != TextNormalizer.OPEN
                || term.end() >= s.length() || s.charAt(term.end()) != TextNormalizer.CLOSE) {
            return false;
        }
        int from = unknownNameStart(s, open, runStart);
        if (open - from < 2) {
            return false;
        }
        for (int r = runRestStart + (from - runStart); r < runRestStart + (open - runStart); r++) {
            rest.setCharAt(r, ' ');
        }
        return true;
    }

    /** Where the unknown name ending at {@code end} starts, not before {@code runStart} (see namesUnknownWord). */
    private static int unknownNameStart(String s, int end, int runStart) {
        boolean latin = TextNormalizer.isLatin(s.charAt(end - 1));
        int from = end;
        while (from > runStart) {
            char c = s.charAt(from - 1);
            boolean part = latin ? TextNormalizer.isLatin(c) || c == ' '
                    : TextNormalizer.isHan(c) && VERB_MAY_FOLLOW.indexOf(c) < 0;
            if (!part) {
                break;
            }
            from--;
        }
        return from;
    }

    /**
     * "方法" (or "方式") right after a term is that term's head noun ("policy gradient方法", "集成学习方法" name a method), not a
     * how-to ask as in "X的方法" or "有什么方法": "简单介绍一下policy gradient方法" asks what policy gradient is.
     */
    private static boolean isMethodNoun(String s, PhraseTrie.Hit<AskKind> ask) {
        return ask.value() == AskKind.HOWTO && ask.end() - ask.start() == 2
                && (s.startsWith("方法", ask.start()) || s.startsWith("方式", ask.start()));
    }

    /**
     * Removes boilerplate phrases, but never from inside a glossary term ("卷积神经网络中的" keeps its term, while
     * "深度学习中的" goes). They leave nothing behind, so the words around them join up again ("是怎样一步一步工作的"
     * still says "是怎样工作的").
     */
    private String stripBoilerplate(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            PhraseTrie.Hit<String> term = glossary.terms().longestAt(s, i);
            PhraseTrie.Hit<Boolean> filler = glossary.boilerplate().longestAt(s, i);
            if (filler != null && (term == null || filler.end() > term.end())) {
                i = filler.end();
            } else if (term != null) {
                out.append(s, i, term.end());
                i = term.end();
            } else {
                out.append(s.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** Whether a Latin word ending at {@code end} goes on with a digit: the filler found there is only its start. */
    private static boolean numberFollows(String rest, int end) {
        return end > 0 && end < rest.length() && Character.isDigit(rest.charAt(end))
                && TextNormalizer.isLatin(rest.charAt(end - 1)) && !Character.isDigit(rest.charAt(end - 1));
    }

    /** Whether the whole of {@code word} is a filler (asked only of an ambiguous abbreviation no sense resolved). */
    private boolean isFillerWord(String word) {
        PhraseTrie.Hit<Boolean> filler = glossary.hasSenses(word) ? glossary.fillers().longestAt(word, 0) : null;
        return filler != null && filler.end() == word.length();
    }

    /**
     * An English residual word without its plural ending ("batches" → "batch", "strategies" → "strategy",
     * "heads" → "head"), so that "for large batches" and "大batch训练" agree on it. Both sides are read alike, so a
     * word cut wrongly ("series" → "sery") still only meets itself. Words under five letters ("has", "its", "bus")
     * and endings of singulars ("loss", "bias", "status") stay, and so does a name with a digit: "yolov5s" is a model
     * of its own, not the plural of "yolov5".
     */
    static String singular(String w) {
        int n = w.length();
        if (n < 5 || w.charAt(n - 1) != 's' || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")
                || w.chars().anyMatch(Character::isDigit)) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, n - 3) + 'y';
        }
        if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes")) {
            return w.substring(0, n - 2);
        }
        return w.substring(0, n - 1);
    }

    /**
     * "类别不平衡的数据集" = "类别不平衡数据集", "学习率的衰减" = "学习率衰减": a 的 written inside a term. When the term
     * {@code term} ends right before a 的 and, with the 的 left out, a longer term begins where it begins and reaches
     * past it, that longer term is the hit (its end counted in {@code s}, the 的 included); else {@code term}. One
     * more trie walk, only for a term followed by 的.
     */
    PhraseTrie.Hit<String> acrossDe(String s, PhraseTrie.Hit<String> term) {
        int de = term.end();
        String joined = s.substring(term.start(), de) + s.substring(de + 1, Math.min(s.length(), de + 1 + DE_REACH));
        PhraseTrie.Hit<String> across = glossary.terms().longestAt(joined, 0);
        if (across == null || across.end() <= de - term.start()) {
            return term;
        }
        return new PhraseTrie.Hit<>(term.start(), term.start() + across.end() + 1, across.value());
    }

    /** How far past a 的 a term written across it is looked for (terms are short). */
    private static final int DE_REACH = 16;

    /**
     * Moves an aside written inside a term to the term's end: "nucleus (top-p) sampling" is "nucleus sampling
     * (top-p)", "top-k（前k个）采样" is "top-k采样（前k个）". The bracket glosses the term (an alias or a translation);
     * left where it is, it cut the term in two, and neither half named the concept. Only when the words on both
     * sides of the bracket, joined, make a term that crosses the join; other asides stay where they are.
     */
    String asidesAfterTheirTerms(String s) {
        int open = s.indexOf(TextNormalizer.OPEN);
        while (open > 0) {
            int close = s.indexOf(TextNormalizer.CLOSE, open);
            if (close < 0) {
                return s;
            }
            String moved = close + 1 < s.length() ? asideMovedOutOf(s, open, close) : null;
            if (moved != null) {
                s = moved;
            }
            open = s.indexOf(TextNormalizer.OPEN, close + 1);
        }
        return s;
    }

    /** {@code s} with the aside from {@code open} to {@code close} moved past the term it cuts, or null. */
    private String asideMovedOutOf(String s, int open, int close) {
        String before = s.substring(0, open);
        String after = s.substring(close + 1);
        boolean space = TextNormalizer.isLatin(before.charAt(before.length() - 1))
                && TextNormalizer.isLatin(after.charAt(0));
        String joined = space ? before + ' ' + after : before + after;
        int join = before.length();
        // the term must start before the bracket and end after it; the earliest start gives the longest term
        for (int st = Math.max(0, join - MAX_TERM_BEFORE_ASIDE); st < join; st++) {
            PhraseTrie.Hit<String> t = glossary.terms().longestAt(joined, st);
            if (t != null && t.end() > join + (space ? 1 : 0)) {
                String aside = s.substring(open, close + 1);
                return joined.substring(0, t.end()) + aside + joined.substring(t.end());
            }
        }
        return null;
    }

    /** How far before an aside a term cut by it may start (the longest spellings are about this long). */
    private static final int MAX_TERM_BEFORE_ASIDE = 24;

    /** Which positions lie inside a closed parenthesis (asides: examples, hints, "完善版"). */
    private static boolean[] asides(String s) {
        boolean[] inside = new boolean[s.length()];
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == TextNormalizer.OPEN && open < 0) {
                open = i;
            } else if (c == TextNormalizer.CLOSE && open >= 0) {
                for (int k = open; k <= i; k++) {
                    inside[k] = true;
                }
                open = -1;
            }
        }
        markAppositions(s, inside);
        for (int i = 0; i < s.length(); i++) {
            if (!inside[i] && Character.isLetterOrDigit(s.charAt(i))) {
                return inside;
            }
        }
        return new boolean[s.length()]; // all of it in parentheses: that is the question, not an aside
    }

    /** Counts that open the category of two names just joined ("A与B两种对比学习方法"). */
    private static final String[] TWO_OF_A_KIND = {"两种", "两类", "这两种", "这两类"};
    /** Head nouns that close such a category. */
    private static final String[] KIND_HEADS = {"方法", "算法", "模型", "技术", "策略", "机制", "方案", "范式"};
    /** The longest category between a count and its head noun. */
    private static final int MAX_KIND = 10;

    /**
     * Marks as an aside the category a question gives two names it has just joined: "请比较SimCLR与MoCo两种对比学习方法",
     * "GPTQ与AWQ两种权重量化方法有何异同" ask about SimCLR and MoCo, GPTQ and AWQ, as "SimCLR和MoCo的区别" does; "两种
     * 对比学习方法" only says what kind of thing both are, which a rephrasing leaves out, like a bracketed aside. Only
     * after a joining word (与, 和, 、, 跟, 及) in the same clause and up to a head noun (方法, 算法, 模型, …).
     */
    private static void markAppositions(String s, boolean[] inside) {
        int from = s.indexOf('两');
        while (from > 0) {
            for (String count : TWO_OF_A_KIND) {
                int at = s.startsWith(count, from) ? from : s.startsWith(count, from - 1) ? from - 1 : -1;
                if (at > 0 && joinedBefore(s, at)) {
                    int start = at + count.length();
                    for (int j = start; j <= start + MAX_KIND && j < s.length(); j++) {
                        char c = s.charAt(j);
                        if (c == TextNormalizer.CLAUSE || c == '的') {
                            break;
                        }
                        String head = headAt(s, j);
                        if (head != null) {
                            for (int k = at; k < j + head.length(); k++) {
                                inside[k] = true;
                            }
                            break;
                        }
                    }
                    break;
                }
            }
            from = s.indexOf('两', from + 1);
        }
    }

    private static boolean joinedBefore(String s, int at) {
        for (int i = at - 1; i > 0; i--) {
            char c = s.charAt(i);
            if (c == TextNormalizer.CLAUSE) {
                return false;
            }
            if (joinsNames(c)) {
                return true;
            }
        }
        return false;
    }

    /** A Chinese word joining two names in a list or a comparison: 跟, 和, 与, 及, 、. */
    private static boolean joinsNames(char c) {
        return c == '跟' || c == '和' || c == '与' || c == '及' || c == '、';
    }

    private static String headAt(String s, int j) {
        for (String head : KIND_HEADS) {
            if (s.startsWith(head, j)) {
                return head;
            }
        }
        return null;
    }

    /** Words after "why" that make it a question about a fact, not about doing something. */
    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "is", "are",
            "was", "were", "can", "could", "would", "should", "will", "has", "have", "had", "might", "must", "may",
            "not", "don", "doesn", "isn", "aren", "can't", "shall", "so", "then", "the", "a", "an", "this", "that",
            "we", "you", "it", "they", "there", "in", "for", "when", "if", "use", "using", "choose", "prefer");

    /**
     * Whether a flashcard asks a bare "why" about what it names: "KV cache — why?" ("kv cache why"), or "why" followed
     * by names only ("mixed precision why loss scaling"), the colon of "Label smoothing: why?" read as a space. "Why
     * is X slow?" has a verb and stays a why.
     */
    private boolean bareWhy(String s) {
        String first = s.replace(TextNormalizer.CLAUSE, ' ');
        int at = first.lastIndexOf(" why");
        if (at <= 0 || at + 4 < first.length() && first.charAt(at + 4) != ' ') {
            return false;
        }
        int i = at + 5;
        while (i < first.length()) {
            PhraseTrie.Hit<String> term = glossary.terms().longestAt(first, i);
            if (term == null) {
                return false;
            }
            i = term.end() + 1;
        }
        return !statesSomething(first, at);
    }

    /**
     * Whether the text before a bare "why" at {@code end} is a statement rather than names: more than two words that
     * are neither terms nor fillers ("Offline AUC went up but online CTR went down: why?", "CUDA out of memory during
     * evaluation: why?", an issue title's symptom), whose why asks the cause of what it states, like "为什么X", not
     * what a named thing is for ("KV cache — why?").
     */
    private boolean statesSomething(String s, int end) {
        int words = 0;
        int i = 0;
        while (i < end) {
            if (s.charAt(i) == ' ') {
                i++;
                continue;
            }
            PhraseTrie.Hit<String> term = glossary.terms().longestAt(s, i);
            PhraseTrie.Hit<Boolean> filler = term == null ? glossary.fillers().longestAt(s, i) : null;
            int next = term != null ? term.end() : filler != null ? filler.end() : -1;
            if (next < 0 || next < s.length() && s.charAt(next) != ' ' && next < end) {
                words++;
                next = s.indexOf(' ', i);
                next = next < 0 ? s.length() : next;
            }
            i = next;
        }
        return words > 2;
    }

    /** The text of {@code s}'s first clause (all of it when it has one). */
    private static String firstClause(String s) {
        int end = s.indexOf(TextNormalizer.CLAUSE);
        return end < 0 ? s : s.substring(0, end);
    }

    /** What {@link #whatThereAre} finds after "what X": the X that exist, or those the candidate knows. */
    private static final String[] THERE_ARE = {" are there", " exist", " do you know"};

    /**
     * Whether the first clause asks which things of a kind there are: "what X are there (to …)", "what X exist",
     * "what X do you know" (not "what is there to know about X": the words after "what" are the kind).
     */
    private static boolean whatThereAre(String s) {
        String first = firstClause(s);
        if (!first.startsWith("what ") && !first.startsWith("which ")) {
            return false;
        }
        for (String there : THERE_ARE) {
            int at = first.indexOf(there);
            int after = at + there.length();
            if (at > first.indexOf(' ') && (after == first.length() || first.charAt(after) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** Passive openings of a how question: "how is X trained", "how are X learned", "how was X built". */
    private static final String[] PASSIVE_HOW = {"how is ", "how are ", "how was ", "how were "};

    /**
     * Whether the first clause opens with a passive how and says more than a name after it ("How is CLIP trained?";
     * not "How are you?"): the words between are the thing, the last one what is done to it.
     */
    private static boolean passiveHow(String s) {
        String first = firstClause(s);
        for (String open : PASSIVE_HOW) {
            if (first.startsWith(open)) {
                return first.indexOf(' ', open.length()) > 0;
            }
        }
        return false;
    }

    /** Whether a flashcard's first clause ends in a bare "how" after what it names ("classifier-free guidance how"). */
    private static boolean bareHow(String s) {
        String first = firstClause(s);
        return first.endsWith(" how") && first.length() > 4;
    }

    /**
     * "why discretize ...", "why normalize ...": "why" followed by a bare verb (no auxiliary; a term's verb form counts),
     * or by one who acts and then the verb ("Why do we normalize features?", dedup32), each asking what doing it is
     * for, as "为什么要对特征做归一化" does; or by a name judged against another with no verb ("why cross entropy instead
     * of MSE for a classifier?"), which asks why one uses it, as "为什么用交叉熵而不用均方误差" does.
     */
    private boolean whyWithABareVerb(String s) {
        int at = s.startsWith("why ") ? 0 : s.indexOf(" why ") + 1;
        if (at < 0 || at == 0 && !s.startsWith("why ")) {
            return false;
        }
        int from = at + 4;
        PhraseTrie.Hit<String> named = glossary.terms().longestAt(s, from);
        if (named != null && (s.startsWith(" instead of ", named.end()) || s.startsWith(" rather than ", named.end()))) {
            return true;
        }
        for (String actor : ACTORS) {
            if (s.startsWith(actor, from)) {
                from += actor.length();
                break;
            }
        }
        int to = from;
        while (to < s.length() && TextNormalizer.isLatin(s.charAt(to))) {
            to++;
        }
        if (to == from || glossary.asks().longestAt(s, from) != null) {
            return false;
        }
        String w = s.substring(from, to);
        // a verb: "discretize", "normalize", "standardize", "scale", "shuffle"; not a noun or an adjective
        return !AUXILIARIES.contains(w) && (w.endsWith("ize") || w.endsWith("ise") || w.endsWith("ate")
                || w.equals("scale") || w.equals("shuffle") || w.equals("stack") || w.equals("freeze")
                || w.equals("add") || w.equals("apply") || w.equals("split") || w.equals("clip") || w.equals("pad"));
    }

    /** Who acts between "why" and a verb: "Why do we normalize …", "why should you standardize …". */
    private static final List<String> ACTORS = List.of("do we ", "do you ", "should we ", "should you ",
            "would we ", "would you ", "must we ", "do people ");

    /** List asks that ask for the common ones or the kinds of a thing (see kindsOf in profile). */
    private static final Set<String> KINDS_OF = Set.of("常见的", "常用的", "常见", "常用", "common", "commonly used",
            "几种", "有哪几种", "多少种", "类型", "种类", "types of", "kinds of");
    /** Components asks that are only the noun for a structure, which a list ask makes the kinds of it. */
    private static final Set<String> BARE_STRUCTURE = Set.of("结构", "网络结构", "整体架构");

    /** The meaning verbs that end "Explain what X …" only as verbs ("state", "measure" may end a noun phrase). */
    private static final Set<String> CLOSING_MEANING_VERBS = Set.of("mean", "means", "represent", "represents",
            "express", "expresses",
            "indicate", "indicates", "signify", "signifies");

    /**
     * The verbs of "What does X mean / measure / state / represent?": each asks what X says or is (a definition), so
     * in such a question they are the ask, not a word of it ("What does AUC measure?" = "AUC代表什么").
     */
    private static final Set<String> MEANING_VERBS = Set.of("mean", "means", "measure", "measures", "state",
            "states", "represent", "represents", "indicate", "indicates", "signify", "signifies", "express",
            "expresses");

    /** The spelling {@link #zeroOptimizerNamed} gives DeepSpeed's optimizer (a spelling of it in the glossary). */
    private static final String ZERO_OPTIMIZER = "zero优化器";

    /**
     * "ZeRO", "ZeRO-3", "zero1/2/3": DeepSpeed's zero redundancy optimizer, written as the plain word "zero", which no
     * term may be (zero-shot, zero padding, initialise to zero). Its own capitals, or a stage number right after it
     * (1 to 3, after nothing, '-' or a space), name it, and it is written out as a spelling of the term; any other
     * "zero" stays a word. One scan of the text for a 'z'.
     */
    static String zeroOptimizerNamed(String text) {
        StringBuilder out = null;
        int from = 0;
        int n = text.length();
        for (int i = 0; i + 4 <= n; i++) {
            char c = text.charAt(i);
            if (c != 'z' && c != 'Z' || !text.regionMatches(true, i, "zero", 0, 4)
                    || i > 0 && asciiLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int end = i + 4;
            boolean named = text.startsWith("ZeRO", i) && (end == n || !asciiLetterOrDigit(text.charAt(end)))
                    || stageAt(text, end);
            if (named) {
                if (out == null) {
                    out = new StringBuilder(n + 8);
                }
                out.append(text, from, i).append(ZERO_OPTIMIZER);
                from = end;
                i = end - 1;
            }
        }
        return out == null ? text : out.append(text, from, n).toString();
    }

    /** Whether a ZeRO stage number (1-3, alone) follows at {@code at}, right away or after '-' or a space. */
    private static boolean stageAt(String text, int at) {
        if (at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == ' ')) {
            at++;
        }
        return at < text.length() && text.charAt(at) >= '1' && text.charAt(at) <= '3'
                && (at + 1 == text.length() || !asciiLetterOrDigit(text.charAt(at + 1)));
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /**
     * The words left of a clause that only places a question: "在X中", "在X里", "in X", "对于X", and none at all: a
     * flashcard's topic label before its colon ("KNN: choosing k?", like "KNN中k怎么选").
     */
    private static final Set<String> LOCATIVE_FRAMES = Set.of("在中", "在里", "在下", "在当中", "在里面", "在上", "中",
            "in", "within", "对于", "对", "");

    /**
     * Whether a clause's rest (terms and asks blanked) sets the scene of the question that follows: "在用户分群任务中",
     * "在密集场景下", "以LLaMA-7B为例", "in a recommender setting". Its own words then say where the question is
     * asked, not what it asks.
     */
    private static boolean isSettingFrame(CharSequence rest) {
        String r = rest.toString().strip();
        if (r.length() < 3 || r.length() > 24) {
            return false;
        }
        if (r.charAt(0) == '以') {
            return r.endsWith("为例");
        }
        char last = r.charAt(r.length() - 1);
        if (r.charAt(0) == '在' && (last == '中' || last == '下' || last == '里' || last == '内')) {
            return endsWithAny(r.substring(0, r.length() - 1), SCENE_NOUNS);
        }
        return r.startsWith("in ") && endsWithAny(r, SCENE_NOUNS);
    }

    /**
     * The nouns that end a scene ("用户分群任务", "密集遮挡场景", "a production setting"). A clause such as "在X中," with a
     * name the glossary does not know ("在Kubeflow中") names the thing asked about as often as a place for it, and
     * another phrasing names it in the ask ("Kubeflow如何…"): its words stay residual words.
     */
    private static final String[] SCENE_NOUNS = {"任务", "场景", "项目", "业务", "环境", "情况", "条件", " task",
        " tasks", " setting", " scenario", " scenarios", " project"};

    private static boolean endsWithAny(String s, String[] ends) {
        for (String e : ends) {
            if (s.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 0 for no setting clause; else a hash of its words, in any order, never 0. Folded into the modifier: like an
     * unknown modifier, a scene may be left out by a rephrasing, but two scenes must be the same ("在小样本场景下"
     * is not "在大样本场景下").
     */
    private static int frameHash(ResidualWords frame) {
        if (frame == null || frame.isEmpty()) {
            return 0;
        }
        int h = 0;
        for (String w : frame) {
            h += w.hashCode() * 0x9E3779B9;
        }
        return h == 0 ? 1 : h;
    }

    /** Whether a clause's rest (terms and asks blanked) is only a locative frame around at least one term. */
    private static boolean isLocativeFrame(CharSequence rest) {
        if (rest.length() == 0 || rest.length() > 16) {
            return false;
        }
        StringBuilder words = new StringBuilder(rest.length());
        boolean blank = false;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == ' ') {
                blank = true;
            } else {
                words.append(c);
            }
        }
        return blank && LOCATIVE_FRAMES.contains(words.toString());
    }

    /**
     * Normalised text without a first clause that only places the question ("In Wide & Deep, what does each part
     * do?"), when a what-question follows it.
     */
    private static String afterPlace(String s) {
        int bar = s.indexOf(TextNormalizer.CLAUSE);
        return bar > 3 && s.startsWith("in ") && s.startsWith("what ", bar + 1) ? s.substring(bar + 1) : s;
    }

    /**
     * "What does the temperature parameter do (in sampling)?": "what does … do" (or accomplish, achieve, control; the
     * plural "what do … do"), and "what … does", "what … is for", ask what something is for (not "what do you do when
     * …", a fix).
     */
    private static boolean asksWhatItDoes(String s) {
        if (s.startsWith("what does each ") || s.startsWith("what do each ")) {
            s = "what does " + s.substring(s.indexOf(" each ") + 6); // "what does each of the two parts do"
        }
        if (s.startsWith("what does ")) {
            return (s.endsWith(" do") || s.contains(" do in ") || s.endsWith(" accomplish") || s.endsWith(" achieve")
                    || s.endsWith(" control")) && s.length() > 13;
        }
        if (s.startsWith("what do ") && !s.startsWith("what do you ") && !s.startsWith("what do we ")
                && !s.startsWith("what do i ")) {
            // the plural: "What do the k1 and b parameters control?" asks what they are for, as "k1 和 b 的作用" does;
            // not "what do you do when …", a fix
            return (s.endsWith(" do") || s.endsWith(" control")) && s.length() > 12;
        }
        // the same ask in the order of a reported question ("Ask the candidate what momentum does in SGD") or of a
        // non-native writer ("What dropout does?"): "what X does", "what X is for"
        return s.startsWith("what ") && !s.startsWith("what is ") && !s.startsWith("what are ")
                && (s.endsWith(" does") || s.contains(" does in ") || s.endsWith(" is for")
                    || s.contains(" is for in "));
    }

    /**
     * "What is the baseline in Integrated Gradients for?", "what are skip connections for": a what-is question whose
     * first clause ends in {@code suffix} ("for", or "used for" after an application ask) asks what the thing is for,
     * not what it is.
     */
    private static boolean asksWhatItIsFor(String s, String suffix) {
        // the first clause that asks "what is": the question's own, also after a clause that only places it ("In
        // knowledge distillation, what is the temperature for?" = "What is the temperature in distillation for?")
        for (int from = 0; from < s.length(); ) {
            int end = s.indexOf(TextNormalizer.CLAUSE, from);
            String clause = s.substring(from, end < 0 ? s.length() : end);
            if (clause.startsWith("what is ") || clause.startsWith("what are ") || clause.startsWith("what s ")) {
                return clause.endsWith(suffix) && clause.length() > 8 + suffix.length();
            }
            if (end < 0) {
                break;
            }
            from = end + 1;
        }
        return false;
    }

    /**
     * "Tại sao NeRF cần positional encoding?" (why does X need Y, "cần" folded to "can") asks what Y is for, as "Why
     * does NeRF need positional encoding?" does; "cần" stands after the subject, so it is not the phrase "tai sao
     * can". Only after a Vietnamese why, since the folded word is also the English "can" ("Why can't …" stays a why).
     */
    private static boolean vietnameseWhyNeed(String s) {
        int why = s.indexOf("tai sao ");
        if (why < 0) {
            why = s.indexOf("vi sao ");
        }
        if (why < 0 || why > 0 && TextNormalizer.isLatin(s.charAt(why - 1))) {
            return false;
        }
        int end = s.indexOf(TextNormalizer.CLAUSE, why);
        String clause = s.substring(why, end < 0 ? s.length() : end);
        return clause.contains(" can ") || clause.endsWith(" can");
    }

    private static boolean asksWhatItMeans(String s) {
        return s.startsWith("what does ") || s.startsWith("what do ") || s.contains(" what does ")
                || s.contains("what is meant")
                // "Explain what a p-value means / represents" (not "What is the mean of …", which ends otherwise)
                || s.contains("what ") && CLOSING_MEANING_VERBS.contains(s.substring(s.lastIndexOf(' ') + 1));
    }

    /**
     * Whether the 要 (must) at {@code i} of a clause's rest stands between blanks, right after the why or the subject
     * and right before a term: "决策树为啥要剪枝" asks what pruning is for, like "决策树为什么需要剪枝". Not the tail of a
     * word ("重要", "主要", "只要"), and not before a verb the glossary does not know ("为什么要分为两个阶段"), which asks
     * why one does it, like the English "Why do they split …" (a why, not a purpose).
     */
    private static boolean mustBeforeATerm(String rest, int i) {
        return i > 0 && rest.charAt(i - 1) == ' ' && i + 1 < rest.length() && rest.charAt(i + 1) == ' ';
    }

    /**
     * Whether a clause's rest (terms and ask phrases blanked) holds a purpose verb of two or more characters ("加入",
     * "引入", "采用") followed by nothing but what it is done to and a 的: the reason for a design step ("加入attention
     * 的原因").
     */
    private boolean reasonForADesignStep(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            PhraseTrie.Hit<?> verb = rest.charAt(i) == ' ' ? null : glossary.purposeVerbs().longestAt(rest, i);
            if (verb != null && verb.end() - i > 1 && TextNormalizer.isHan(rest.charAt(i))) {
                boolean object = false;
                int j = verb.end();
                for (; j < rest.length() && (rest.charAt(j) == ' ' || rest.charAt(j) == '的'); j++) {
                    object |= rest.charAt(j) == ' ';
                }
                if (j == rest.length() && object) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the words left in a clause (terms and ask phrases blanked) hold a purpose verb. */
    private boolean hasPurposeVerb(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            PhraseTrie.Hit<?> verb = rest.charAt(i) == ' ' ? null : glossary.purposeVerbs().longestAt(rest, i);
            if (verb != null && (verb.end() - i > 1 || rest.charAt(i) != '要' || mustBeforeATerm(rest, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The profile's {@link QuestionProfile#modifier}: for each core concept named in the first ask right after a run
     * of residual Han characters, the last two of them ("如何调节语音识别中的分组条件随机场" gives 条件随机场 the
     * modifier 分组; "使用分层条件随机场" and "用分层条件随机场" both give 分层). A run of one character is no modifier
     * ("用CNN"). 0 when no concept has one.
     */
    private int modifiers(List<StringBuilder> clauseRest, int lastClause, Mentions mentions, SortedWords core) {
        List<String> pairs = null;
        for (int m = 0; m < mentions.size; m++) {
            int clause = mentions.clauses[m];
            if (clause > lastClause || !core.contains(mentions.terms[m])) {
                continue;
            }
            String modifier = mentions.absorbed[m] != null ? "\u2261" + mentions.absorbed[m]
                    : modifierBefore(clauseRest.get(clause), mentions.restAt[m]);
            if (modifier != null) {
                String pair = mentions.terms[m] + '\u0000' + modifier;
                if (pairs == null) {
                    pairs = new ArrayList<>(2);
                }
                if (!pairs.contains(pair)) {
                    pairs.add(pair);
                }
            }
        }
        if (pairs == null) {
            return 0;
        }
        pairs.sort(null);
        int h = pairs.hashCode();
        return h == 0 ? 1 : h;
    }

    /**
     * The modifier right before {@code end} in a clause's residual text (see {@link #modifiers}): its last two Han
     * characters (after any 的), read as the residual words are, or null. A filler of one character may be part of a
     * name ("分层", "时序") but not all of it ("而用"); a longer filler ("带来", "产生"), a purpose verb ("需要", "使用")
     * or a marker of direction or negation ("不用") is no modifier; an equivalent ("静态" / "动态") stands for its group.
     */
    private String modifierBefore(CharSequence rest, int end) {
        int latinEnd = end > 0 && rest.charAt(end - 1) == ' ' ? end - 1 : end;
        if (latinEnd > 0 && TextNormalizer.isLatin(rest.charAt(latinEnd - 1))) {
            return latinModifierBefore(rest, latinEnd);
        }
        int start = end;
        while (start > 0 && end - start < 2) {
            char c = rest.charAt(start - 1);
            if (!TextNormalizer.isHan(c) || c == '的') {
                break;
            }
            start--;
        }
        // one character is a modifier only as a word of its own: after 的 or where the text starts ("…中的图批归一化",
        // "元批归一化"); not after a term or a space ("CNN加LSTM")
        if (end == start || end - start == 1 && start > 0 && rest.charAt(start - 1) != '的') {
            return null;
        }
        int runStart = start;
        while (runStart > 0 && TextNormalizer.isHan(rest.charAt(runStart - 1))) {
            runStart--;
        }
        String run = rest.subSequence(runStart, end).toString();
        int from = start - runStart;
        StringBuilder modifier = new StringBuilder(4);
        boolean named = false;
        int i = 0;
        while (i < run.length()) {
            PhraseTrie.Hit<Boolean> filler = glossary.fillers().longestAt(run, i);
            PhraseTrie.Hit<String> same = glossary.equivalents().longestAt(run, i);
            PhraseTrie.Hit<Integer> marker = MARKERS.longestAt(run, i);
            PhraseTrie.Hit<?> verb = glossary.purposeVerbs().longestAt(run, i);
            if (verb != null && verb.end() - i > 1 && verb.end() > from
                    && (filler == null || verb.end() >= filler.end())) {
                return null; // "为何需要位置编码": a purpose verb ("需要", "使用") names no variant, as "need" does not
            }
            int next;
            if (same != null && (filler == null || same.end() >= filler.end())) {
                next = same.end();
                if (next > from) {
                    if (same.value().equals(NOT) || marker != null && marker.value() > 0) {
                        return null; // a negation or a marker
                    }
                    // a word straddling the modifier's start counts whole ("分布式": 分布 and 式)
                    modifier.append(same.value());
                    named = true;
                }
            } else if (filler != null) {
                next = filler.end();
                if (next > from) {
                    if (next - i > 1) {
                        return null; // "带来", "产生": a verb the question could drop
                    }
                    modifier.append(run.charAt(i));
                }
            } else {
                next = i + 1;
                if (next > from) {
                    if (marker != null && marker.value() > 0) {
                        return null;
                    }
                    modifier.append(run.charAt(i));
                    named = true;
                }
            }
            i = next;
        }
        return named ? modifier.toString() : null;
    }

    private static final String CALLED = Glossary.EQUIVALENT_MARK + "称为";
    private static final String TRAINING = Glossary.EQUIVALENT_MARK + "训练";
    private static final String INFERENCE = Glossary.EQUIVALENT_MARK + "推理";

    /**
     * The {@link QuestionProfile#phase} bit of an equivalent word in a clause's residual text: 1 for training, 2 for
     * inference when the word is bare (训练, 推理, training, inference, not 训练时, "at test time") and right after a
     * concept mention of the clause (nothing or one space between: "GAN训练", "大模型推理", "LLM inference"); else 0.
     * A phase joined to the other one ("Dropout训练与推理的区别", "BN training vs inference") is no setting: the two
     * are what is asked about, as in "Dropout在训练和推理时有什么不同", so they are words of the question.
     */
    private int phaseBit(String rest, PhraseTrie.Hit<String> same, Mentions mentions, int clause) {
        int bit = same.value().equals(TRAINING) ? 1 : same.value().equals(INFERENCE) ? 2 : 0;
        if (bit == 0) {
            return 0;
        }
        String word = rest.substring(same.start(), same.end());
        if (!word.equals("训练") && !word.equals("推理") && !word.equals("training") && !word.equals("inference")) {
            return 0;
        }
        if (joinedToTheOtherPhase(rest, same)) {
            return 0;
        }
        int before = same.start() - 1;
        if (before >= 0 && rest.charAt(before) == ' ' && TextNormalizer.isLatin(rest.charAt(same.start()))
                && before > 0 && rest.charAt(before - 1) == ' ') {
            before--; // "llm inference": the term's blank, then the space
        }
        for (int m = 0; m < mentions.size; m++) {
            if (mentions.clauses[m] == clause && mentions.restAt[m] == before) {
                return bit;
            }
        }
        return 0;
    }

    /** Words that join two phases named together: "训练与推理", "training and inference" ("vs" is blanked). */
    private static final String[] PHASE_JOINS = {"与", "和", "跟", "及", "、", "/", "and ", "or "};

    /** Whether the phase word {@code same} is followed by a join and the other phase (see phaseBit). */
    private boolean joinedToTheOtherPhase(String rest, PhraseTrie.Hit<String> same) {
        int j = same.end();
        while (j < rest.length() && rest.charAt(j) == ' ') {
            j++;
        }
        for (String w : PHASE_JOINS) {
            if (rest.startsWith(w, j)) {
                j += w.length();
                break;
            }
        }
        while (j < rest.length() && rest.charAt(j) == ' ') {
            j++;
        }
        PhraseTrie.Hit<String> other = j < rest.length() ? glossary.equivalents().longestAt(rest, j) : null;
        return other != null && !other.value().equals(same.value())
                && (other.value().equals(TRAINING) || other.value().equals(INFERENCE));
    }

    /**
     * The Latin word ending at {@code end} as a modifier ("grouped batch normalization", "sparse注意力"): not a
     * filler ("the", "use"), an ask, a marker of direction or a negation, and not a number (digits are compared as
     * such); an equivalent stands for its group. Null otherwise.
     */
    private String latinModifierBefore(CharSequence rest, int end) {
        int from = end;
        while (from > 0 && TextNormalizer.isLatin(rest.charAt(from - 1))) {
            from--;
        }
        String word = rest.subSequence(from, end).toString();
        if (!Character.isLetter(word.charAt(0))) {
            return null;
        }
        PhraseTrie.Hit<Boolean> filler = glossary.fillers().longestAt(word, 0);
        PhraseTrie.Hit<String> same = glossary.equivalents().longestAt(word, 0);
        PhraseTrie.Hit<Integer> marker = MARKERS.longestAt(word, 0);
        PhraseTrie.Hit<?> verb = glossary.purposeVerbs().longestAt(word, 0);
        if (filler != null && filler.end() == word.length() || marker != null && marker.end() == word.length()
                || glossary.asks().longestAt(word, 0) != null || verb != null && verb.end() == word.length()) {
            return null;
        }
        if (same != null && same.end() == word.length()) {
            return same.value().equals(NOT) ? null : same.value();
        }
        return word;
    }

    /**
     * Adds the words of {@code rest} that are not fillers: Han characters one by one, Latin words whole; the purpose
     * verbs too are left out when they made the clause's ask ({@code skipPurposeVerbs}). An ambiguous abbreviation
     * the question's {@code concepts} decide ("PCA和LDA": linear discriminant analysis) goes to {@code resolved}
     * instead, as the concept it names.
     */
    private int residualTokens(String rest, ResidualWords out, boolean skipPurposeVerbs, boolean skipMean,
            SortedWords concepts,
            SortedWords resolved, List<String> order, Mentions mentions, int clause, int mention, Mentions late,
            int[] phase) {
        int i = 0;
        while (i < rest.length()) {
            char c = rest.charAt(i);
            if (order != null) {
                // the concepts named before this position come first in the order
                while (mention < mentions.size && (mentions.clauses[mention] < clause
                        || mentions.clauses[mention] == clause && mentions.restAt[mention] <= i)) {
                    order.add(mentions.terms[mention++]);
                }
            }
            if (c == ' ') {
                i++;
                continue;
            }
            PhraseTrie.Hit<Boolean> filler = glossary.fillers().longestAt(rest, i);
            if (filler != null && numberFollows(rest, filler.end())) {
                // "L1为什么会让权重稀疏", "but L2 doesn't": a letter with its number is one word ("l1") whose senses
                // come first; unresolved ("L4 and L7 load balancers") it stays the filler and a bare number
                int end = filler.end();
                while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
                    end++;
                }
                String sense = glossary.senseOf(rest.substring(i, end), concepts);
                if (sense != null) {
                    resolved.add(sense);
                    late.add(sense, clause, false, i);
                    i = end;
                    continue;
                }
            }
            if (filler != null && Glossary.hasSenses(filler)) {
                // a word that is an abbreviation in one language and a filler in another (Portuguese "em", "in",
                // and EM): its senses decide first, and it is a filler only when none is named (below)
                filler = null;
            }
            if (filler == null && skipPurposeVerbs) {
                filler = glossary.purposeVerbs().longestAt(rest, i);
            }
            // "training" / "训练", "instead of" / "而不是": a word of either language counts as the word its
            // translations stand for, so an English and a Chinese phrasing can agree on their other words
            PhraseTrie.Hit<String> same = glossary.equivalents().longestAt(rest, i);
            if (same != null && (filler == null || same.end() >= filler.end())) {
                int bit = phaseBit(rest, same, mentions, clause);
                if (bit != 0) {
                    phase[0] |= bit; // "GAN训练", "LLM inference": the concept's setting, not a residual word
                } else {
                    out.add(same.value());
                    // "BN在推理时如何计算均值" is not "BN如何计算均值": a phase said as a word is on both sides or neither
                    phase[0] |= same.value().equals(TRAINING) ? QuestionProfile.TRAINING_WORD
                            : same.value().equals(INFERENCE) ? QuestionProfile.INFERENCE_WORD : 0;
                }
                if (order != null && ContrastWords.isOpposite(same.value())) {
                    order.add(same.value());
                }
                i = same.end();
                continue;
            }
            if (filler != null) {
                i = filler.end();
                continue;
            }
            if (TextNormalizer.isLatin(c)) {
                int j = i;
                while (j < rest.length() && TextNormalizer.isLatin(rest.charAt(j))) {
                    j++;
                }
                String word = rest.substring(i, j);
                if (skipMean && MEANING_VERBS.contains(word)) {
                    i = j; // "What does AUC mean?": the ask, not the statistic; "What does the theorem state?"
                    continue;
                }
                String sense = glossary.senseOf(word, concepts);
                if (sense == null) {
                    sense = glossary.misspeltTerm(word); // "tranformer", "regularizaton"
                }
                if (sense == null) {
                    sense = glossary.inflectedTerm(word); // "SLAMissa": a Finnish case ending on a term
                }
                if (sense == null && j + 1 < rest.length() && rest.charAt(j) == ' '
                        && TextNormalizer.isLatin(rest.charAt(j + 1))) {
                    // "recommender sytem": one word of a two-word term misspelt, the other spelt right
                    int k = j + 1;
                    while (k < rest.length() && TextNormalizer.isLatin(rest.charAt(k))) {
                        k++;
                    }
                    sense = glossary.misspeltPair(word, rest.substring(j + 1, k));
                    if (sense == null) {
                        sense = glossary.splitTerm(word, rest.substring(j + 1, k)); // "drop out" is dropout
                    }
                    if (sense != null) {
                        j = k;
                    }
                }
                if (sense != null) {
                    resolved.add(sense);
                    late.add(sense, clause, false, i);
                } else if (!isFillerWord(word)) {
                    out.add(singular(word));
                }
                i = j;
            } else {
                // hiragana are a Japanese question's grammar (particles, endings: "…の違いは何ですか"), not its
                // subject, which Japanese writes in kanji and katakana
                if (Character.isLetterOrDigit(c) && !TextNormalizer.isHiragana(c)) {
                    out.add(charString(c));
                    if (order != null && ContrastWords.isOpposite(charString(c))) {
                        order.add(charString(c));
                    }
                }
                i++;
            }
        }
        if (order != null) {
            while (mention < mentions.size && mentions.clauses[mention] <= clause) {
                order.add(mentions.terms[mention++]);
            }
        }
        return mention;
    }
}
