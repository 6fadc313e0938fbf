/// The line ending a rendered message uses.
///
/// `\n` is what `sendmail -t`, mbox files and `.eml` files on Unix hold: the local mail system
/// turns it into the CRLF that SMTP sends. `\r\n` is the form RFC 5322 2.1 defines, for
/// anything that goes on the wire as it is.
public enum LineEnding: String, Sendable, Hashable {
    case lf = "\n"
    case crlf = "\r\n"
}
