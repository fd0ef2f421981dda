import ArgumentParser

@main
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "A news archive: ingest articles into one SQLite file and ask them questions.",
        subcommands: [
            IngestCommand.self,
            ExtractCommand.self,
            TrainTaggerCommand.self,
            SearchCommand.self,
            WhoSaidCommand.self,
            PersonCommand.self,
            PeopleCommand.self,
            TimelineCommand.self,
            TopicsCommand.self,
            RelatedCommand.self,
            ShowCommand.self,
            SourcesCommand.self,
            StatsCommand.self,
            ExportCommand.self,
            CheckCommand.self,
            OptimizeCommand.self,
        ]
    )
}
