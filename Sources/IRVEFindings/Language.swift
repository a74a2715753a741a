/// The language of every message shown to people. French by default: the users are French communes.
///
/// There is deliberately no way to choose between two sentences here: the words of every message
/// live in IRVEWording, one exhaustive `switch` per family and per language.
public enum Language: String, Sendable, CaseIterable {
    case fr, en
}
