package messenger.client.controller;

/** What the chat screen asks of a signed-in session, one controller a job. */
public record Controllers(ConversationController conversations, RoomsController rooms, PeopleController people,
                          ReadController reading, TransfersController files, MessageController messages,
                          PresenceController presence, ReceiptsController receipts,
                          NotificationsController notifications, SearchController search,
                          DraftsController drafts) {
}
