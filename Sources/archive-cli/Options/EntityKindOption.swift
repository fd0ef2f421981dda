import Archive
import ArgumentParser

extension EntityKind: ExpressibleByArgument {}
