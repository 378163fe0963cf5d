package report

// RecordMessagesForTest exposes the messages of Records to the external tests.
var RecordMessagesForTest = recordMessages
