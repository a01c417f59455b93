package messenger.server.cluster;

/**
 * The Lua scripts that keep each user's presence across the servers in Redis. {@code messenger:presence:<user>}
 * holds one field per server the user is connected to ({@code "<status> <login>"}); the user's presence is the
 * best of them (online, then away, else offline). Each script changes the fields and publishes the new presence on
 * {@code messenger:presence} when it changed, in one step, so every server tells the changes in the same order.
 */
final class PresenceScripts {

    static final String CHANNEL = "messenger:presence";

    private static final String BEST = """
            local function best(key)
              local found = 'offline'
              for _, value in ipairs(redis.call('HVALS', key)) do
                local status = string.match(value, '^(%a+)')
                if status == 'online' then return 'online' end
                if status == 'away' then found = 'away' end
              end
              return found
            end
            local function tell(login, status, at)
              redis.call('PUBLISH', 'messenger:presence', cjson.encode({login = login, status = status, at = at}))
            end
            """;

    /** ARGV: server, status on that server, login, now, user id. Returns the user's presence. */
    static final String UPDATE = BEST + """
            local key = 'messenger:presence:' .. ARGV[5]
            local mine = 'messenger:presence:by-server:' .. ARGV[1]
            local before = best(key)
            if ARGV[2] == 'offline' then
              redis.call('HDEL', key, ARGV[1])
              redis.call('SREM', mine, ARGV[5])
            else
              redis.call('HSET', key, ARGV[1], ARGV[2] .. ' ' .. ARGV[3])
              redis.call('SADD', mine, ARGV[5])
            end
            local after = best(key)
            if after ~= before then tell(ARGV[3], after, ARGV[4]) end
            return after
            """;

    /**
     * ARGV: a server whose heartbeat expired, now. Takes its users' fields away, telling who went offline, and
     * returns their ids: the caller records when they were seen last, which the dead server never wrote.
     */
    static final String FORGET_SERVER = BEST + """
            if redis.call('EXISTS', 'messenger:server:' .. ARGV[1]) == 1 then return {} end
            local mine = 'messenger:presence:by-server:' .. ARGV[1]
            local gone = {}
            for _, user in ipairs(redis.call('SMEMBERS', mine)) do
              local key = 'messenger:presence:' .. user
              local value = redis.call('HGET', key, ARGV[1])
              if value then
                local before = best(key)
                redis.call('HDEL', key, ARGV[1])
                local after = best(key)
                if after ~= before then tell(string.match(value, ' (.*)$'), after, ARGV[2]) end
                if after == 'offline' then gone[#gone + 1] = user end
              end
            end
            redis.call('DEL', mine)
            redis.call('SREM', 'messenger:servers', ARGV[1])
            return gone
            """;

    /**
     * ARGV: a server, now, then user id, status, login for each user connected to it. Makes that server's fields
     * exactly these, telling whose presence changed: what changed while the server could not reach Redis.
     */
    static final String REPLACE_SERVER = BEST + """
            local mine = 'messenger:presence:by-server:' .. ARGV[1]
            local here = {}
            for i = 3, #ARGV, 3 do here[ARGV[i]] = {ARGV[i + 1], ARGV[i + 2]} end
            for _, user in ipairs(redis.call('SMEMBERS', mine)) do
              if not here[user] then
                local key = 'messenger:presence:' .. user
                local value = redis.call('HGET', key, ARGV[1])
                local before = best(key)
                redis.call('HDEL', key, ARGV[1])
                redis.call('SREM', mine, user)
                local after = best(key)
                if value and after ~= before then tell(string.match(value, ' (.*)$'), after, ARGV[2]) end
              end
            end
            for user, presence in pairs(here) do
              local key = 'messenger:presence:' .. user
              local before = best(key)
              redis.call('HSET', key, ARGV[1], presence[1] .. ' ' .. presence[2])
              redis.call('SADD', mine, user)
              local after = best(key)
              if after ~= before then tell(presence[2], after, ARGV[2]) end
            end
            return 0
            """;

    /** ARGV: user id, login, now. Tells the user's presence as it is, changed or not, and returns it. */
    static final String TELL = BEST + """
            local status = best('messenger:presence:' .. ARGV[1])
            tell(ARGV[2], status, ARGV[3])
            return status
            """;

    /**
     * ARGV: a channel, a prefix. Publishes there, after the prefix, a JSON object of every user present on some
     * server, login to presence: a server that was not subscribed for a while corrects what it missed.
     */
    static final String SNAPSHOT = BEST + """
            local present = {}
            for _, server in ipairs(redis.call('SMEMBERS', 'messenger:servers')) do
              for _, user in ipairs(redis.call('SMEMBERS', 'messenger:presence:by-server:' .. server)) do
                local key = 'messenger:presence:' .. user
                local value = redis.call('HGET', key, server)
                if value then
                  local login = string.match(value, ' (.*)$')
                  if present[login] == nil then present[login] = best(key) end
                end
              end
            end
            redis.call('PUBLISH', ARGV[1], ARGV[2] .. cjson.encode(present))
            return 0
            """;

    /** ARGV: user ids. Returns each one's presence, in the same order. */
    static final String STATUSES = BEST + """
            local statuses = {}
            for i, user in ipairs(ARGV) do statuses[i] = best('messenger:presence:' .. user) end
            return statuses
            """;

    private PresenceScripts() {
    }
}
