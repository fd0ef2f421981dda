import Foundation

extension DraftStream {
    /// `forEach` with the reading (files, JSON, HTML, feeds) on a thread of its own, at most
    /// `aheadDrafts` drafts or `aheadBytes` of paragraph text ahead of `body`. `report`,
    /// `progress` and `body` are still called on the calling thread, in the order the reading
    /// met them, and nothing outlives the call: when `body` throws, the reading stops and is
    /// waited for before the error goes on.
    ///
    /// Why: an ingest's writer also read its input, and on large inputs the writer is what the
    /// run waits for — at 16× the benchmark corpus, the extracting core stood idle a third of
    /// the time while the writer's thread parsed the next batch's lines.
    public func forEachReadingAhead(
        aheadDrafts: Int,
        aheadBytes: Int,
        report: (InputProblem) -> Void,
        progress: (Progress) -> Void = { _ in },
        _ body: (ArticleDraft) throws -> Void
    ) throws {
        let channel = ReadAheadChannel(maxDrafts: max(1, aheadDrafts), maxBytes: max(1, aheadBytes))
        let finished = DispatchSemaphore(value: 0)
        let reader = Thread { [self] in
            do {
                try forEach(report: { channel.put(.problem($0)) }, progress: { channel.put(.progress($0)) }) { draft in
                    guard channel.put(.draft(draft)) else { throw ReadAheadChannel.Stopped() }
                }
                channel.put(.end)
            } catch is ReadAheadChannel.Stopped {
            } catch {
                channel.put(.failed(ReadAheadChannel.Failure(error: error)))
            }
            finished.signal()
        }
        // Parsers recurse on nested markup; give the reader the stack the main thread has.
        reader.stackSize = 8 << 20
        reader.start()
        defer {
            channel.stop()
            finished.wait()
        }
        while true {
            switch channel.take() {
            case let .draft(draft): try body(draft)
            case let .problem(problem): report(problem)
            case let .progress(value): progress(value)
            case .end: return
            case let .failed(failure): throw failure.error
            }
        }
    }
}

/// What the reading thread hands to the consuming one, in order, with room for a bounded
/// number of drafts: the reader waits when the consumer is that far behind.
private final class ReadAheadChannel: @unchecked Sendable {
    enum Event: Sendable {
        case draft(ArticleDraft)
        case problem(InputProblem)
        case progress(DraftStream.Progress)
        case end
        case failed(Failure)
    }

    /// An error thrown while reading, carried to the consuming thread.
    struct Failure: @unchecked Sendable {
        let error: any Error
    }

    /// Thrown inside the reader when the consumer has stopped taking.
    struct Stopped: Error {}

    private let condition = NSCondition()
    // All below guarded by `condition`.
    private var events: [Event] = []
    private var head = 0
    private var drafts = 0
    private var bytes = 0
    private var stopped = false
    private let maxDrafts: Int
    private let maxBytes: Int

    init(maxDrafts: Int, maxBytes: Int) {
        self.maxDrafts = maxDrafts
        self.maxBytes = maxBytes
    }

    /// Adds an event, waiting while the channel holds its limit of drafts (a draft always
    /// fits an empty channel, however long). False once the consumer has stopped.
    @discardableResult
    func put(_ event: Event) -> Bool {
        let size = Self.size(of: event)
        condition.lock()
        defer { condition.unlock() }
        if case .draft = event {
            while !stopped && drafts > 0 && (drafts >= maxDrafts || bytes + size > maxBytes) { condition.wait() }
        }
        guard !stopped else { return false }
        events.append(event)
        if case .draft = event {
            drafts += 1
            bytes += size
        }
        condition.broadcast()
        return true
    }

    /// The next event, waiting for one.
    func take() -> Event {
        condition.lock()
        defer { condition.unlock() }
        while head == events.count { condition.wait() }
        let event = events[head]
        events[head] = .end  // lets the draft go now, not when the taken events are dropped
        head += 1
        if head == events.count {
            events.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 1_024 && head * 2 >= events.count {
            events.removeFirst(head)
            head = 0
        }
        if case .draft = event {
            drafts -= 1
            bytes -= Self.size(of: event)
        }
        condition.broadcast()
        return event
    }

    /// The consumer takes no more: a waiting or later `put` returns false.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private static func size(of event: Event) -> Int {
        guard case let .draft(draft) = event else { return 0 }
        return draft.paragraphBytes
    }
}
