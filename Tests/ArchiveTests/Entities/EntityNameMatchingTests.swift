import Foundation
import Testing
@testable import Archive

@Suite struct EntityNameMatchingTests {
    @Test(arguments: [("Zelenskyy", "Zelensky"), ("Zelenskiy", "Zelensky"), ("ZELENSKY", "Zelensky"),
                      ("Volodymyr Zelenskyy", "Volodymyr Zelensky"), ("José Mourinho", "Jose Mourinho"),
                      ("J.D. Vance", "JD Vance"), ("Mr. Trump", "Trump"), ("Dmitriy Peskov", "Dmitry Peskov")])
    func spellingVariantsShareAKey(_ a: String, _ b: String) {
        #expect(EntityNameMatching.key(for: a) == EntityNameMatching.key(for: b))
    }

    @Test func differentNamesHaveDifferentKeys() {
        #expect(EntityNameMatching.key(for: "Hillary Clinton") != EntityNameMatching.key(for: "Bill Clinton"))
        #expect(EntityNameMatching.key(for: "Putin") != EntityNameMatching.key(for: "Patin"))
    }

    @Test func surnameKeyIsTheFoldedLastWord() {
        #expect(EntityNameMatching.surnameKey(for: "Volodymyr Zelenskyy") == "zelensky")
    }

    @Test func spellingsOfOnePersonAreTheSamePerson() {
        #expect(EntityNameMatching.isSamePerson("Volodymyr Zelenskyy", "Volodymyr Zelensky"))
        #expect(EntityNameMatching.isSamePerson("Zelenskyy", "Zelensky"))
    }

    @Test func aMiddleInitialOrAnInitialGivenNameStillMatches() {
        #expect(EntityNameMatching.isSamePerson("Donald J. Trump", "Donald Trump"))
        #expect(EntityNameMatching.isSamePerson("D. Trump", "Donald Trump"))
    }

    @Test func peopleWhoOnlyShareASurnameAreNeverMerged() {
        #expect(!EntityNameMatching.isSamePerson("Hillary Clinton", "Bill Clinton"))
        #expect(!EntityNameMatching.isSamePerson("Dan Smith", "Dana Smith"))
        #expect(!EntityNameMatching.isSamePerson("Trump", "Donald Trump"))
    }

    @Test func aBareSurnameStandsForTheOnlyFullNameWithIt() {
        let archive = ["Donald Trump", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Keir Starmer"]
        #expect(EntityNameMatching.fullName(for: "Zelenskyy", among: archive) != nil)
        #expect(EntityNameMatching.fullName(for: "Trump", among: archive) == "Donald Trump")
        #expect(EntityNameMatching.fullName(for: "Macron", among: archive) == nil)
    }

    @Test func aBareSurnameSharedByTwoPeopleStandsForNobody() {
        let archive = ["Donald Trump", "Melania Trump"]
        #expect(EntityNameMatching.fullName(for: "Trump", among: archive) == nil)
    }

    @Test func asciiFoldsAsFoundationFoldsIt() {
        let ascii = String(String.UnicodeScalarView((0..<128).compactMap(Unicode.Scalar.init)))
        for name in [ascii, "Donald J. TRUMP", "O'Brien-Smith", "  Mr. X  "] {
            #expect(EntityNameMatching.folded(name) == name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil))
        }
    }

    @Test func otherNamesStillLoseTheirDiacritics() {
        #expect(EntityNameMatching.folded("José Ñúñez") == "jose nunez")
    }
}
