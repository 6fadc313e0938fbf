/// Messages as one mboxrd file (https://www.loc.gov/preservation/digital/formats/fdd/fdd000385.shtml;
/// qmail's mbox(5)), which mail clients import and `mutt -f` opens.
///
/// The rules:
/// - Each message starts with a From_ line: `From`, the sender's address (`MAILER-DAEMON`
///   when there is none), and the date in asctime form, UTC: `From MAILER-DAEMON Sat Nov 28 10:00:00 2026`.
/// - Then the message as ``MessageWriter`` writes it with `\n` line endings (mbox is a Unix
///   format), where every line matching `^>*From ` gets one more `>`. That tells a message's
///   own lines from the next From_ line, and a reader takes one `>` back off: mboxrd, unlike
///   mboxo, loses nothing.
/// - Each message ends with an empty line.
public enum Mbox {
    public static func render(_ messages: [MailMessage]) -> String {
        let writer = MessageWriter(lineEnding: .lf)
        var mbox = ""
        for message in messages {
            mbox += "From \(message.from?.address ?? "MAILER-DAEMON") \(MailDate.asctime(message.date))\n"
            // The rendered message ends with "\n", so the split's last piece is empty.
            for line in writer.render(message).split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                mbox += quoted(line) + "\n"
            }
            mbox += "\n"
        }
        return mbox
    }

    static func quoted(_ line: Substring) -> String {
        line.drop { $0 == ">" }.hasPrefix("From ") ? ">" + line : String(line)
    }
}
