import Testing
@testable import Archive

@Suite("The forgiving query language")
struct SearchQueryTests {
    private func fts(_ text: String) throws -> String { try SearchQuery.parse(text).ftsExpression }

    @Test func wordsAreQuotedAndAllRequired() throws {
        #expect(try fts("security guarantees") == #""security" AND "guarantees""#)
    }

    @Test func quotedTextIsAPhrase() throws {
        #expect(try fts(#""security guarantees" NATO"#) == #""security guarantees" AND "NATO""#)
    }

    @Test func curlyQuotesMakeAPhraseToo() throws {
        #expect(try fts("“peace deal”") == #""peace deal""#)
    }

    @Test func anUnclosedQuoteRunsToTheEnd() throws {
        #expect(try fts(#"say "peace deal"#) == #""say" AND "peace deal""#)
    }

    @Test func trailingStarIsAPrefix() throws {
        #expect(try fts("secur*") == #""secur"*"#)
    }

    @Test func minusExcludes() throws {
        #expect(try fts("nato -russia") == #""nato" NOT "russia""#)
    }

    @Test func orJoinsNeighbours() throws {
        #expect(try fts("trump OR biden nato") == #"("trump" OR "biden") AND "nato""#)
    }

    @Test func lowerCaseOrIsAWord() throws {
        #expect(try fts("this or that") == #""this" AND "or" AND "that""#)
    }

    @Test(arguments: [
        ("Article Five-like", #""Article" AND "Five like""#),
        ("U.S.", #""U S""#),
        ("don't", #""don t""#),
        ("NATO?", #""NATO""#),
        ("C++", #""C""#),
        ("50%", #""50""#),
        ("AND NOT NEAR", #""AND" AND "NOT" AND "NEAR""#),
    ])
    func punctuationIsNeverSyntax(_ typed: String, _ expected: String) throws {
        #expect(try fts(typed) == expected)
    }

    @Test func adjacentPhraseIsOfferedForSeveralPlainWords() throws {
        #expect(try SearchQuery.parse("security guarantees").adjacentPhraseExpression == #""security guarantees""#)
        #expect(try SearchQuery.parse("security").adjacentPhraseExpression == nil)
        #expect(try SearchQuery.parse("a OR b").adjacentPhraseExpression == nil)
    }

    @Test(arguments: ["", "   ", "\"", "?!", "-"])
    func nothingToSearchForIsAnEmptyQuery(_ typed: String) {
        #expect(throws: ArchiveError.emptyQuery) { try SearchQuery.parse(typed) }
    }

    @Test func onlyExclusionsAreRefused() {
        #expect(throws: ArchiveError.self) { try SearchQuery.parse("-nato") }
    }
}
