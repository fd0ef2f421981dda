import Testing
@testable import Archive

@Suite("DelimitedReader")
struct DelimitedReaderTests {
    @Test func readsQuotedFieldsWithNewlinesAndQuotes() throws {
        let csv = "title,text,date,author,url\r\n"
            + "\"Budget, approved\",\"First paragraph.\r\n\r\nShe said \"\"yes\"\".\",2016-09-12,Jane Doe,https://x.example/1\r\n"
            + "Second,Plain body,\"Sept. 12, 2016 3:04 PM EDT\",,https://x.example/2\r\n"
        let reading = try Reading.detected(csv, origin: "articles.csv")
        #expect(reading.problems.isEmpty)
        #expect(reading.drafts.map(\.origin) == ["articles.csv#1", "articles.csv#2"])
        let first = try #require(reading.drafts.first)
        #expect(first.title == "Budget, approved")
        #expect(first.paragraphs == ["First paragraph.", "She said \"yes\"."])
        #expect(first.published?.iso8601 == "2016-09-12")
        #expect(first.authors == ["Jane Doe"])
        #expect(reading.drafts[1].published?.iso8601 == "2016-09-12T19:04:00Z")
        #expect(reading.drafts[1].authors.isEmpty)
    }

    @Test func readsTSV() throws {
        let tsv = "headline\tbody\tpublished\tsource\n\"Quoted\" start\tText here.\t2016-09-12T10:00:00Z\tWire\n"
        let reading = try Reading.detected(tsv, origin: "articles.tsv")
        let draft = try #require(reading.drafts.first)
        #expect(draft.title == "\"Quoted\" start")
        #expect(draft.paragraphs == ["Text here."])
        #expect(draft.source == "Wire")
    }

    @Test func reportsARowWithTheWrongNumberOfFieldsByLine() throws {
        let csv = "title,text\nOne,a\nTwo,b,extra\n\"Three\nstill three\",c\nFour,d\n"
        let reading = try Reading(DelimitedReader.csv, csv, origin: "a.csv")
        #expect(reading.drafts.map(\.title) == ["One", "Three\nstill three", "Four"])
        #expect(reading.problems.map(\.line) == [3])
    }

    @Test func refusesAHeaderWithNoKnownColumn() {
        #expect(throws: InputProblem.self) { try Reading(DelimitedReader.csv, "a,b\n1,2\n", origin: "n.csv") }
    }

    @Test func splitsRowsAsRFC4180Says() {
        let rows = Array(DelimitedRows(Array("a,\"b,c\",\"d\"\"e\"\n\"f\ng\",h,\n".utf8), delimiter: UInt8(ascii: ",")))
        #expect(rows.map(\.fields) == [["a", "b,c", "d\"e"], ["f\ng", "h", ""]])
        #expect(rows.map(\.line) == [1, 2])
    }
}
