import Testing
@testable import Archive

@Suite struct IntegerKeyMapTests {
    @Test func agreesWithADictionaryThroughGrowth() {
        var random = SplitMix(seed: 5)
        var map = IntegerKeyMap<Int>()
        var reference: [UInt64: Int] = [:]
        for step in 0..<20_000 {
            // Small keys collide in the home slots; large ones are hash-like; zero is kept apart.
            let key = step % 3 == 0 ? random.next() : random.next() % 5_000
            map[key, default: 0] += step
            reference[key, default: 0] += step
        }
        #expect(map.count == reference.count)
        for (key, value) in reference { #expect(map[key] == value) }
        for _ in 0..<1_000 {
            let key = random.next()
            #expect(map[key] == reference[key])
            #expect(map.contains(key) == (reference[key] != nil))
        }
    }

    @Test func keepsTheKeyZeroApartFromEmptySlots() {
        var map = IntegerKeyMap<String>()
        #expect(!map.contains(0))
        #expect(map[0] == nil)
        map.set("zero", for: 0)
        map.set("one", for: 1)
        #expect(map[0] == "zero")
        #expect(map[1] == "one")
        #expect(map.count == 2)
        map.set("nought", for: 0)
        #expect(map[0] == "nought")
        #expect(map.count == 2)
    }

    @Test func aSetHoldsEachKeyOnce() {
        var set = IntegerKeySet([3, 3, 0, 1 << 63])
        #expect(set.count == 3)
        #expect(set.contains(0) && set.contains(3) && set.contains(1 << 63))
        #expect(!set.contains(4))
        set.insert(4)
        #expect(set.contains(4))
    }
}
