/// The tagger's features, defined once for training and tagging: each is a hash of a template
/// number and the token facts it reads, so none builds a string.
///
/// The template numbers, the `TokenView.Flags` bits and the hashes are part of the trained
/// weights: changing any of them needs `Scripts/train-tagger` (add templates at the end).
enum FeatureExtractor {
    private enum Template: UInt64 {
        case bias = 1, lower, word, shape, prefix1, prefix2, prefix3, suffix1, suffix2, suffix3, suffix4
        case lowerBefore, lowerBefore2, lowerAfter, lowerAfter2, shapeBefore, shapeAfter
        case bigramBefore, bigramAfter, shapeTrigram, casing, capsLower, documentCase, documentCaseLower
        case gazetteer, gazetteerBefore, gazetteerAfter, length, wordBefore, wordAfter, suffixAfter
        case previousTag, previousTags, previousTagLower, previousTagShape, shapeBefore2, shapeAfter2
        case documentType, documentTypeCasing, documentTypeContext, firstPassTag, firstPassContext, firstPassShape
    }

    private static let beforeStart: UInt64 = 0x5354_4152_5400_0001
    private static let afterEnd: UInt64 = 0x454E_4400_0000_0002

    @inline(__always) private static func feature(_ template: Template, _ value: UInt64) -> UInt64 {
        FeatureHash.mix(template.rawValue, value)
    }

    /// The features of token `i` that do not depend on the tags before it, in the order training
    /// sums them (it sums floats, whose rounding depends on the order; tagging sums integers).
    static func staticFeatures(_ views: [TokenView], _ i: Int, into out: inout [UInt64]) {
        contextFeatures(views, i, into: &out)
        documentFeatures(views, i, into: &out)
        gazetteerFeatures(views, i, into: &out)
    }

    /// The static features that do not read the first pass (`documentType`, `firstPassTag`), so
    /// are the same in both passes.
    static func sentenceFeatures(_ views: [TokenView], _ i: Int, into out: inout [UInt64]) {
        contextFeatures(views, i, into: &out)
        gazetteerFeatures(views, i, into: &out)
    }

    /// The bits of the flags that say how the token is written.
    @inline(__always) private static func casingBits(_ v: TokenView) -> UInt64 {
        let casingFlags: TokenView.Flags = [.initialUpper, .allUpper, .allLower, .sentenceStart, .capsSentence, .hasDigit, .commonWord]
        return UInt64(v.flags.intersection(casingFlags).rawValue)
    }

    /// The word, its neighbours and their forms.
    private static func contextFeatures(_ views: [TokenView], _ i: Int, into out: inout [UInt64]) {
        let v = views[i]
        let before = i > 0 ? views[i - 1] : nil
        let before2 = i > 1 ? views[i - 2] : nil
        let after = i + 1 < views.count ? views[i + 1] : nil
        let after2 = i + 2 < views.count ? views[i + 2] : nil
        let lowerBefore = before?.lower ?? beforeStart
        let lowerAfter = after?.lower ?? afterEnd
        let shapeBefore = before?.shape ?? beforeStart
        let shapeAfter = after?.shape ?? afterEnd

        out.append(feature(.bias, 0))
        out.append(feature(.lower, v.lower))
        out.append(feature(.word, v.word))
        out.append(feature(.shape, v.shape))
        out.append(feature(.prefix1, v.prefix1))
        out.append(feature(.prefix2, v.prefix2))
        out.append(feature(.prefix3, v.prefix3))
        out.append(feature(.suffix1, v.suffix1))
        out.append(feature(.suffix2, v.suffix2))
        out.append(feature(.suffix3, v.suffix3))
        out.append(feature(.suffix4, v.suffix4))
        out.append(feature(.lowerBefore, lowerBefore))
        out.append(feature(.lowerBefore2, before2?.lower ?? beforeStart))
        out.append(feature(.lowerAfter, lowerAfter))
        out.append(feature(.lowerAfter2, after2?.lower ?? afterEnd))
        out.append(feature(.shapeBefore, shapeBefore))
        out.append(feature(.shapeAfter, shapeAfter))
        out.append(feature(.shapeBefore2, before2?.shape ?? beforeStart))
        out.append(feature(.shapeAfter2, after2?.shape ?? afterEnd))
        out.append(feature(.wordBefore, before?.word ?? beforeStart))
        out.append(feature(.wordAfter, after?.word ?? afterEnd))
        out.append(feature(.suffixAfter, after?.suffix3 ?? afterEnd))
        out.append(feature(.bigramBefore, FeatureHash.mix(lowerBefore, v.lower)))
        out.append(feature(.bigramAfter, FeatureHash.mix(v.lower, lowerAfter)))
        out.append(feature(.shapeTrigram, FeatureHash.mix(FeatureHash.mix(shapeBefore, v.shape), shapeAfter)))
        out.append(feature(.length, UInt64(min(v.length, 12))))

        let casing = casingBits(v)
        out.append(feature(.casing, FeatureHash.mix(casing, v.shape)))
        if v.flags.contains(.capsSentence) { out.append(feature(.capsLower, v.lower)) }
        let documentFlags: TokenView.Flags = [.lowerSeen, .titleSeen]
        let document = UInt64(v.flags.intersection(documentFlags).rawValue) | casing << 16
        out.append(feature(.documentCase, document))
        if !v.flags.intersection(documentFlags).isEmpty { out.append(feature(.documentCaseLower, FeatureHash.mix(document, v.lower))) }
    }

    /// What the first pass found here and for the same words elsewhere (none in the first pass).
    static func documentFeatures(_ views: [TokenView], _ i: Int, into out: inout [UInt64]) {
        let v = views[i]
        let before = i > 0 ? views[i - 1] : nil
        let after = i + 1 < views.count ? views[i + 1] : nil
        if v.documentType != 0 {
            let type = UInt64(v.documentType)
            out.append(feature(.documentType, type))
            out.append(feature(.documentTypeCasing, type | casingBits(v) << 8))
        }
        let typeBefore = UInt64(before?.documentType ?? 0)
        let typeAfter = UInt64(after?.documentType ?? 0)
        if typeBefore | typeAfter != 0 {
            out.append(feature(.documentTypeContext, typeBefore | UInt64(v.documentType) << 8 | typeAfter << 16))
        }

        if v.firstPassTag != 0 {
            let tag = UInt64(v.firstPassTag)
            out.append(feature(.firstPassTag, tag))
            out.append(feature(.firstPassShape, FeatureHash.mix(tag, v.shape)))
            let context = UInt64(before?.firstPassTag ?? 0) | tag << 8 | UInt64(after?.firstPassTag ?? 0) << 16
            out.append(feature(.firstPassContext, context))
        }
    }

    /// The gazetteer's categories of the word and its neighbours.
    private static func gazetteerFeatures(_ views: [TokenView], _ i: Int, into out: inout [UInt64]) {
        let v = views[i]
        let before = i > 0 ? views[i - 1] : nil
        let after = i + 1 < views.count ? views[i + 1] : nil
        appendGazetteer(.gazetteer, v.gazetteer, casing: casingBits(v), into: &out)
        if let before { appendGazetteer(.gazetteerBefore, before.gazetteer, casing: 0, into: &out) }
        if let after { appendGazetteer(.gazetteerAfter, after.gazetteer, casing: 0, into: &out) }
    }

    private static func appendGazetteer(_ template: Template, _ bits: UInt32, casing: UInt64, into out: inout [UInt64]) {
        guard bits != 0 else { return }
        let continuation = UInt64(bits & Gazetteer.continuation)
        for category in Gazetteer.Category.all where bits & category.rawValue != 0 {
            out.append(feature(template, UInt64(category.rawValue) | continuation << 8 | casing << 32))
        }
    }

    /// The features of token `i` that read the tags chosen for the tokens before it.
    static func historyFeatures(_ v: TokenView, previous: EntityTag, beforePrevious: EntityTag, into out: inout [UInt64]) {
        let p = UInt64(previous.rawValue)
        out.append(feature(.previousTag, p))
        out.append(feature(.previousTags, p | UInt64(beforePrevious.rawValue) << 8))
        out.append(feature(.previousTagLower, FeatureHash.mix(p, v.lower)))
        out.append(feature(.previousTagShape, FeatureHash.mix(p, v.shape)))
    }
}
