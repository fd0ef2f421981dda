/// A map from 64-bit integer keys to values, by open addressing with linear probing in one
/// flat array: for the entity extractor's hashes (gazetteer phrases, words of a document) and
/// token positions, which it looks up for every token. Swift's `Dictionary` and `Set` hash
/// each key again with a seeded SipHash, which was most of what their lookups cost (perf).
///
/// Keys are spread over the slots by Fibonacci hashing (a multiply, then the top bits), which
/// suits keys that are already hashes as well as small counters. Zero marks an empty slot, so
/// the key zero is kept apart.
struct IntegerKeyMap<Value> {
    private var keys: [UInt64]
    private var values: [Value?]
    private var zeroValue: Value?
    /// Slots are `1 << slotBits`; the table grows before it is half full.
    private var slotBits: Int
    private(set) var count = 0

    /// An empty map with room for `capacity` keys before it grows.
    init(capacity: Int = 8) {
        var bits = 3
        while 1 << bits < capacity * 2 { bits += 1 }
        slotBits = bits
        keys = [UInt64](repeating: 0, count: 1 << bits)
        values = [Value?](repeating: nil, count: 1 << bits)
    }

    @inline(__always) private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slotBits))
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always) private func find(_ key: UInt64) -> Int {
        let mask = keys.count - 1
        var index = slot(of: key)
        while keys[index] != key && keys[index] != 0 { index = (index + 1) & mask }
        return index
    }

    subscript(key: UInt64) -> Value? {
        key == 0 ? zeroValue : values[find(key)]
    }

    subscript(key: UInt64, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        set { set(newValue, for: key) }
    }

    mutating func set(_ value: Value, for key: UInt64) {
        if key == 0 {
            if zeroValue == nil { count += 1 }
            zeroValue = value
            return
        }
        let index = find(key)
        if keys[index] == key {
            values[index] = value
            return
        }
        keys[index] = key
        values[index] = value
        count += 1
        if count * 2 > keys.count { grow() }
    }

    func contains(_ key: UInt64) -> Bool {
        key == 0 ? zeroValue != nil : keys[find(key)] == key
    }

    /// Every key and value, in no particular order.
    var entries: [(key: UInt64, value: Value)] {
        var out: [(key: UInt64, value: Value)] = []
        out.reserveCapacity(count)
        if let zeroValue { out.append((0, zeroValue)) }
        for index in keys.indices where keys[index] != 0 { out.append((keys[index], values[index]!)) }
        return out
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        slotBits += 1
        keys = [UInt64](repeating: 0, count: 1 << slotBits)
        values = [Value?](repeating: nil, count: 1 << slotBits)
        for index in oldKeys.indices where oldKeys[index] != 0 {
            let slot = find(oldKeys[index])
            keys[slot] = oldKeys[index]
            values[slot] = oldValues[index]
        }
    }
}

extension IntegerKeyMap: Sendable where Value: Sendable {}

/// A set of 64-bit integer keys: `IntegerKeyMap` without values.
struct IntegerKeySet: Sendable {
    private var map: IntegerKeyMap<Bool>

    init(capacity: Int = 8) {
        map = IntegerKeyMap(capacity: capacity)
    }

    init(_ keys: some Sequence<UInt64>) {
        self.init()
        for key in keys { insert(key) }
    }

    var count: Int { map.count }

    @inline(__always) func contains(_ key: UInt64) -> Bool { map.contains(key) }

    mutating func insert(_ key: UInt64) { map.set(true, for: key) }

    /// Every key, in no particular order.
    var keys: [UInt64] { map.entries.map(\.key) }
}
